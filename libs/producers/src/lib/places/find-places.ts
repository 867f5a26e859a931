import { type DivisionSet, foldDivisionName, matchPoints, postcodeShown } from '@member-alerts/geo';
import type { CouncilPlace } from './council-places';

/** Where a postcode is (WGS84), from the council's postcode data; undefined when it is not there. */
export type PostcodeFinder = (postcode: string) => { readonly lon: number; readonly lat: number } | undefined;

/** What the text is read against: the divisions, the postcode data and the council's places list. */
export interface Gazetteer {
  readonly divisions: DivisionSet;
  readonly postcodeAt: PostcodeFinder;
  readonly places: readonly CouncilPlace[];
}

export interface PlaceFound {
  /** As the text gives it (a postcode in its usual form). */
  readonly text: string;
  readonly kind: 'postcode' | 'division' | 'place' | 'street';
  /** The divisions it lies in: none outside the council's area. */
  readonly divisions: readonly string[];
}

export interface PlacesInText {
  readonly places: readonly PlaceFound[];
  /** Every division of every place, in name order. */
  readonly divisions: readonly string[];
  /** Postcodes not found, places outside the area, a list cut short: in words, for the officer. */
  readonly notes: readonly string[];
}

/** More postcodes than any enquiry names; a message listing hundreds is a mailing, not an enquiry. */
export const MAX_POSTCODES = 50;

const POSTCODE_IN_TEXT = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/gi;

function divisionsAt(set: DivisionSet, points: readonly { lon: number; lat: number }[]): string[][] {
  if (points.length === 0) return [];
  const m = matchPoints(
    set,
    points.flatMap((p) => [p.lon, p.lat]),
  );
  return points.map((_, i) =>
    [...m.divisions.slice(m.start[i], m.start[i + 1])].map((d) => set.divisions[d]?.name ?? ''),
  );
}

// Folded text padded with spaces, so that " name " finds whole words only.
const padded = (s: string) => ` ${foldDivisionName(s)} `;

/** The postcodes, division names and council places the text names, and the divisions they fall in. */
export function findPlaces(text: string, g: Gazetteer): PlacesInText {
  const notes: string[] = [];
  const codes = [
    ...new Set([...text.matchAll(POSTCODE_IN_TEXT)].map((m) => postcodeShown(`${m[1]}${m[2]}`))),
  ];
  if (codes.length > MAX_POSTCODES) {
    notes.push(
      `The message names ${codes.length} postcodes; the first ${MAX_POSTCODES} were looked up and the rest left out.`,
    );
  }
  const located: { text: string; kind: PlaceFound['kind']; lon: number; lat: number }[] = [];
  const missing: string[] = [];
  for (const code of codes.slice(0, MAX_POSTCODES)) {
    const at = g.postcodeAt(code);
    if (at) located.push({ text: code, kind: 'postcode', ...at });
    else missing.push(code);
  }
  if (missing.length) {
    notes.push(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the postcode data.`);
  }

  const folded = padded(text.replace(/\s+/g, ' '));
  const found: PlaceFound[] = [];
  const fromList: CouncilPlace[] = [];
  for (const p of g.places) {
    if (folded.includes(padded(p.name))) {
      if (p.division !== undefined && g.divisions.resolveName(p.division) !== undefined)
        found.push({
          text: p.name,
          kind: p.kind,
          divisions: [g.divisions.resolveName(p.division) as string],
        });
      else fromList.push(p);
    }
  }
  const points = [
    ...located,
    ...fromList.map((p) => ({ text: p.name, kind: p.kind, lon: p.lon, lat: p.lat })),
  ];
  divisionsAt(g.divisions, points).forEach((divisions, i) => {
    const p = points[i];
    if (!p) return;
    if (divisions.length === 0) notes.push(`${p.text} is outside the council's divisions.`);
    found.push({ text: p.text, kind: p.kind, divisions });
  });
  for (const name of g.divisions.names) {
    if (folded.includes(padded(name))) found.push({ text: name, kind: 'division', divisions: [name] });
  }
  // "Sileby" from the places list says nothing more than the division "Sileby & The Wolds" named around it.
  const named = found.filter((p) => p.kind === 'division');
  const kept = found.filter(
    (p) =>
      (p.kind !== 'place' && p.kind !== 'street') ||
      !named.some((d) => d.divisions[0] === p.divisions[0] && padded(d.text).includes(padded(p.text))),
  );
  // In the order the text names them.
  kept.sort((a, b) => folded.indexOf(padded(a.text)) - folded.indexOf(padded(b.text)));
  const divisions = [...new Set(kept.flatMap((p) => p.divisions))].sort((a, b) => a.localeCompare(b));
  return { places: kept, divisions, notes };
}
