import { bngToLonLat } from '@member-alerts/geo';
import { parse } from 'csv-parse/sync';

/** One row of a council's places list (its Local Land and Property Gazetteer, cut down). */
export interface CouncilPlace {
  readonly name: string;
  readonly kind: 'place' | 'street';
  /** WGS84. */
  readonly lon: number;
  readonly lat: number;
  /** The division the council says it is in, when the row names one. */
  readonly division?: string;
}

export interface CouncilPlacesResult {
  readonly places: readonly CouncilPlace[];
  /** One sentence per row left out, naming the row. */
  readonly problems: readonly string[];
}

const KINDS = new Set(['place', 'street']);

const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? NaN : Number(v));

/**
 * Reads a council's places CSV: a header line naming `name`, `kind` (place or street), either
 * `easting` and `northing` (British National Grid) or `lon` and `lat` (WGS84), and optionally
 * `division`. A row that cannot be used is left out and named in `problems`; the rest are kept.
 */
export function readCouncilPlaces(csv: string): CouncilPlacesResult {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (e) {
    return { places: [], problems: [`the places file is not a CSV file: ${(e as Error).message}`] };
  }
  const places: CouncilPlace[] = [];
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const row = `row ${i + 2}`;
    const name = r['name'] ?? '';
    const kind = (r['kind'] ?? '').toLowerCase();
    if (name === '') return problems.push(`${row}: the place has no name`);
    if (!KINDS.has(kind))
      return problems.push(`${row} (${name}): kind must be place or street, not "${kind}"`);
    let [lon, lat] = [num(r['lon']), num(r['lat'])];
    const [e, n] = [num(r['easting']), num(r['northing'])];
    if (!(Number.isFinite(lon) && Number.isFinite(lat)) && Number.isFinite(e) && Number.isFinite(n))
      [lon, lat] = bngToLonLat(e, n);
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      return problems.push(`${row} (${name}): give easting and northing, or lon and lat`);
    }
    const division = r['division'] ?? '';
    places.push({ name, kind: kind as CouncilPlace['kind'], lon, lat, ...(division ? { division } : {}) });
  });
  return { places, problems };
}
