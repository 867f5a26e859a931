import type { EventBody } from '../api/types';
import { bngToLonLat, geometryOf, verticesOf, type DrawMode, type LonLat } from '../map/geo.util';
import type { KindField, KindSpec } from './event-kinds';
import { contactBody } from '../components/contact-fields';

export type AreaMode = 'map' | 'divisions' | 'postcode' | 'bng' | 'countywide';

export interface AreaDraft {
  mode: AreaMode;
  drawMode: DrawMode;
  vertices: LonLat[];
  divisions: string[];
  postcode: string;
  /** Where the postcode is, once looked up. */
  postcodePoint: LonLat | null;
  easting: string;
  northing: string;
}

export interface EventDraft {
  kind: string;
  title: string;
  description: string;
  venue: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  link: string;
  startsAt: string;
  endsAt: string;
  opensAt: string;
  closesAt: string;
  respondBy: string;
  body: string;
  portfolio: string;
  service: string;
  topics: string;
  servesAdjoining: boolean;
  controversial: boolean;
  individualServiceComplaint: boolean;
  major: boolean;
  notifyAdjoining: 'protocol' | 'yes' | 'no';
  escalate: NonNullable<EventBody['escalate']>;
  area: AreaDraft;
  /** §29: a public meeting's venue may be far from the place it is about. */
  issueElsewhere: boolean;
  /** The area the issue concerns, given like the venue (not by divisions or the whole area). */
  issueArea: AreaDraft;
}

export const emptyArea = (): AreaDraft => ({
  mode: 'map',
  drawMode: 'point',
  vertices: [],
  divisions: [],
  postcode: '',
  postcodePoint: null,
  easting: '',
  northing: '',
});

export const emptyDraft = (): EventDraft => ({
  kind: '',
  title: '',
  description: '',
  venue: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  link: '',
  startsAt: '',
  endsAt: '',
  opensAt: '',
  closesAt: '',
  respondBy: '',
  body: '',
  portfolio: '',
  service: '',
  topics: '',
  servesAdjoining: false,
  controversial: false,
  individualServiceComplaint: false,
  major: false,
  notifyAdjoining: 'protocol',
  escalate: [],
  area: emptyArea(),
  issueElsewhere: false,
  issueArea: emptyArea(),
});

/** The area an issue concerns as GeoJSON in WGS84, or nothing yet. */
export function issueAreaOf(a: AreaDraft): EventBody['affectedArea'] {
  const place = areaOf(a);
  if (!place.location) return undefined;
  if (place.crs !== 'EPSG:27700' || place.location.type !== 'Point') return place.location;
  // The venue and the issue share the event's one crs: a grid reference is turned into WGS84 here.
  const [e, n] = place.location.coordinates;
  return { type: 'Point', coordinates: bngToLonLat(e as number, n as number) };
}

const DATE_FIELDS = ['startsAt', 'endsAt', 'opensAt', 'closesAt', 'respondBy'] as const;
const TEXT_FIELDS = ['body', 'portfolio', 'service'] as const;
const FLAG_FIELDS = ['servesAdjoining', 'controversial', 'individualServiceComplaint', 'major'] as const;

/** A datetime-local value ("2027-01-11T08:00", the officer's own clock) as ISO 8601. */
export function localToIso(v: string): string | undefined {
  if (!v) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

export function isoToLocal(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The place the area part of the form describes, or nothing yet. */
export function areaOf(a: AreaDraft): Pick<EventBody, 'location' | 'crs' | 'divisions' | 'countywide'> {
  switch (a.mode) {
    case 'map': {
      const g = geometryOf(a.drawMode, a.vertices);
      return g ? { location: g } : {};
    }
    case 'divisions':
      return a.divisions.length ? { divisions: [...a.divisions] } : {};
    case 'postcode':
      return a.postcodePoint ? { location: { type: 'Point', coordinates: a.postcodePoint } } : {};
    case 'bng': {
      const e = Number(a.easting);
      const n = Number(a.northing);
      if (a.easting.trim() === '' || a.northing.trim() === '' || !Number.isFinite(e) || !Number.isFinite(n))
        return {};
      return { location: { type: 'Point', coordinates: [e, n] }, crs: 'EPSG:27700' };
    }
    case 'countywide':
      return { countywide: true };
  }
}

/** The event body the API takes: only the chosen kind's fields, nothing left empty. */
export function draftToBody(d: EventDraft, spec: KindSpec | undefined): EventBody {
  const shown = new Set<KindField>(spec?.fields.map((f) => f.key) ?? []);
  const body: EventBody = { kind: d.kind, title: d.title.trim() };
  if (d.description.trim()) body.description = d.description.trim();
  if (d.venue.trim()) body.venue = d.venue.trim();
  if (d.link.trim()) body.link = d.link.trim();
  // Left empty, the API puts the signed-in officer or the key's own contact; half-filled, it says what is missing.
  const contact = contactBody(d);
  if (contact) body.contact = contact;
  for (const f of DATE_FIELDS) {
    const iso = shown.has(f) ? localToIso(d[f]) : undefined;
    if (iso) body[f] = iso;
  }
  for (const f of TEXT_FIELDS) if (shown.has(f) && d[f].trim()) body[f] = d[f].trim();
  for (const f of FLAG_FIELDS) if (shown.has(f) && d[f]) body[f] = true;
  const topics = d.topics
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (topics.length) body.topics = topics;
  if (d.notifyAdjoining !== 'protocol') body.notifyAdjoining = d.notifyAdjoining === 'yes';
  if (d.escalate.length) body.escalate = [...d.escalate];
  const issue = spec?.issueArea && d.issueElsewhere ? issueAreaOf(d.issueArea) : undefined;
  return { ...body, ...areaOf(d.area), ...(issue ? { affectedArea: issue } : {}) };
}

/** The form for an event the API already holds, to edit it. */
export function bodyToDraft(b: EventBody): EventDraft {
  const d = emptyDraft();
  d.kind = b.kind;
  d.title = b.title;
  d.description = b.description ?? '';
  d.venue = b.venue ?? '';
  d.link = b.link ?? '';
  d.contactName = b.contact?.name ?? '';
  d.contactEmail = b.contact?.email ?? '';
  d.contactPhone = b.contact?.phone ?? '';
  for (const f of DATE_FIELDS) d[f] = isoToLocal(b[f]);
  for (const f of TEXT_FIELDS) d[f] = b[f] ?? '';
  for (const f of FLAG_FIELDS) d[f] = b[f] === true;
  d.topics = (b.topics ?? []).join(', ');
  d.notifyAdjoining = b.notifyAdjoining === undefined ? 'protocol' : b.notifyAdjoining ? 'yes' : 'no';
  d.escalate = [...(b.escalate ?? [])];
  const crs = b.crs ?? b.location?.crs;
  if (b.countywide) d.area.mode = 'countywide';
  else if (b.divisions?.length) d.area = { ...d.area, mode: 'divisions', divisions: [...b.divisions] };
  else if (b.location && crs === 'EPSG:27700' && b.location.type === 'Point') {
    const [e, n] = b.location.coordinates;
    d.area = { ...d.area, mode: 'bng', easting: String(e), northing: String(n) };
  } else if (b.location) {
    const v = verticesOf(b.location);
    if (v) d.area = { ...d.area, mode: 'map', drawMode: v.mode, vertices: v.vertices };
  }
  const issue = verticesOf(b.affectedArea);
  if (issue) {
    d.issueElsewhere = true;
    d.issueArea = { ...d.issueArea, mode: 'map', drawMode: issue.mode, vertices: issue.vertices };
  }
  return d;
}

/** An edit as the API's PATCH takes it: changed fields, and null for each one removed. */
export function patchOf(before: EventBody, after: EventBody): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('kind');
  for (const k of keys) {
    const a = (before as unknown as Record<string, unknown>)[k];
    const b = (after as unknown as Record<string, unknown>)[k];
    if (b === undefined) {
      if (a !== undefined) patch[k] = null;
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      patch[k] = b;
    }
  }
  return patch;
}

/** What the officer must still give, checked before asking the API (GOV.UK wording: say what to do). */
export function draftProblems(
  d: EventDraft,
  spec: KindSpec | undefined,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (!d.kind) out.push({ field: 'kind', message: 'Choose the kind of event' });
  if (!d.title.trim()) out.push({ field: 'title', message: 'Enter a title' });
  for (const f of spec?.fields ?? []) {
    if (!f.required) continue;
    const v = d[f.key];
    if (typeof v === 'string' && !v.trim())
      out.push({ field: f.key, message: f.missing ?? `Enter ${f.label.toLowerCase()}` });
  }
  const a = d.area;
  if (a.mode === 'bng') {
    const e = Number(a.easting);
    const n = Number(a.northing);
    if (!a.easting.trim() || !Number.isFinite(e) || e < 0 || e > 700000)
      out.push({ field: 'easting', message: 'Enter an easting from 0 to 700000 metres' });
    if (!a.northing.trim() || !Number.isFinite(n) || n < 0 || n > 1300000)
      out.push({ field: 'northing', message: 'Enter a northing from 0 to 1300000 metres' });
  } else if (a.mode === 'postcode' && !a.postcodePoint) {
    out.push({ field: 'postcode', message: 'Enter a postcode and choose Find postcode' });
  } else if (a.mode === 'divisions' && a.divisions.length === 0) {
    out.push({ field: 'divisions', message: 'Choose at least one division' });
  } else if (a.mode === 'map' && !areaOf(a).location) {
    const need = { point: 'a point', line: 'at least 2 points', polygon: 'at least 3 points' }[a.drawMode];
    out.push({ field: 'location', message: `Place ${need} on the map` });
  }
  if (spec?.issueArea && d.issueElsewhere && !issueAreaOf(d.issueArea)) {
    out.push({ field: 'affectedArea', message: 'Give the area the meeting is about, or untick the box' });
  }
  return out;
}
