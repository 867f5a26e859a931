import type { SupportedGeometry } from '@member-alerts/geo';
import { text } from './read-message.util';
import type { RoadWorksBody } from './street-manager.types';

// §35 covers "major road works" and closures with "a significant impact on the community".
export const ALERTING_CATEGORIES = ['major', 'paa'] as const;
export const ALERTING_TRAFFIC_MANAGEMENT = 'road_closure';

const SMALL_WORDS = new Set(['and', 'of', 'the', 'on', 'upon', 'in', 'by', 'to', 'at', 'with']);

/** "LONDON ROAD" → "London Road"; road numbers such as "A6" stay as they are. */
export function placeName(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => {
      if (/^[abm]\d+[a-z]?$/i.test(w)) return w.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(w)) return w;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join('');
}

export function categoryRef(data: Readonly<Record<string, unknown>>): string {
  return (text(data['work_category_ref']) ?? text(data['work_category']) ?? '')
    .toLowerCase()
    .replace(/\s+/g, '_');
}

export function trafficManagementRef(data: Readonly<Record<string, unknown>>): string {
  return (text(data['traffic_management_type_ref']) ?? text(data['traffic_management_type']) ?? '')
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
}

export function qualifies(data: Readonly<Record<string, unknown>>): boolean {
  return (
    (ALERTING_CATEGORIES as readonly string[]).includes(categoryRef(data)) ||
    trafficManagementRef(data) === ALERTING_TRAFFIC_MANAGEMENT
  );
}

function words(ref: string): string {
  return ref.replace(/_/g, ' ');
}

/** "Major works" / "Standard works", from the category as Street Manager words it. */
export function categoryInWords(data: Readonly<Record<string, unknown>>): string {
  const ref = categoryRef(data);
  if (ref === 'paa') return 'Provisional advance authorisation (major works)';
  const given = text(data['work_category']) ?? (ref ? words(ref) : 'Uncategorised');
  return `${given.charAt(0).toUpperCase()}${given.slice(1).toLowerCase()} works`;
}

export function trafficManagementInWords(data: Readonly<Record<string, unknown>>): string {
  const given = text(data['traffic_management_type']) ?? words(trafficManagementRef(data));
  return given === '' ? 'no traffic management given' : given.toLowerCase();
}

function titleLead(data: Readonly<Record<string, unknown>>): string {
  const ref = categoryRef(data);
  if (ref === 'major') return 'Major road works';
  if (ref === 'paa') return 'Planned major road works';
  return 'Road closure for works';
}

/** "London Road, Oadby": the street, and the town (or, on older messages, the area). */
export function venueOf(data: Readonly<Record<string, unknown>>): string {
  const street = text(data['street_name']);
  const town = text(data['town']) ?? text(data['area_name']);
  const parts = [street, town && town.toLowerCase() !== street?.toLowerCase() ? town : undefined]
    .filter((p): p is string => p !== undefined)
    .map(placeName);
  return parts.length ? parts.join(', ') : "a street in the council's area";
}

export function roadWorksBody(
  data: Readonly<Record<string, unknown>>,
  location: SupportedGeometry,
  startsAt: Date,
  endsAt: Date,
): RoadWorksBody {
  const venue = venueOf(data);
  const promoter = text(data['promoter_organisation']) ?? 'an unnamed promoter';
  const permit = text(data['permit_reference_number']);
  const description = [
    `${categoryInWords(data)} by ${promoter}, with ${trafficManagementInWords(data)}.`,
    permit ? `Street Manager permit ${permit}.` : undefined,
  ]
    .filter((l): l is string => l !== undefined)
    .join(' ');
  return {
    kind: 'road_works',
    title: `${titleLead(data)}: ${venue}`.slice(0, 200),
    description,
    venue: venue.slice(0, 200),
    location,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    major: true,
  };
}
