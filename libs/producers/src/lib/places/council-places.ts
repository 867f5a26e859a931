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

/** How a row's position is found from a postcode, when it gives no coordinates. */
export type PostcodeLocator = (
  postcode: string,
) => { readonly lon: number; readonly lat: number } | undefined;

export interface CouncilPlacesOptions {
  /** Finds the position of a row that gives only a postcode. */
  readonly locate?: PostcodeLocator;
  /** The kind of a row whose file has no kind column; without it, every row must say. */
  readonly kindByDefault?: CouncilPlace['kind'];
}

const KINDS = new Set(['place', 'street']);

// The names each column goes by: ours, and OS Open Names' (NAME1, GEOMETRY_X and GEOMETRY_Y, in
// British National Grid metres).
const COLUMNS = {
  name: ['name', 'name1'],
  kind: ['kind'],
  lon: ['lon', 'long', 'longitude'],
  lat: ['lat', 'latitude'],
  easting: ['easting', 'geometry_x'],
  northing: ['northing', 'geometry_y'],
  postcode: ['postcode'],
  division: ['division'],
} as const;

const num = (v: string) => (v === '' ? NaN : Number(v));

/**
 * Reads a council's places CSV: a header line naming `name`, `kind` (place or street), either
 * `easting` and `northing` (British National Grid) or `lon` and `lat` (WGS84) or, with a locator,
 * a `postcode`, and optionally `division`. An extract of OS Open Names is read as it is. A row that
 * cannot be used is left out and named in `problems`; the rest are kept.
 */
export function readCouncilPlaces(csv: string, options: CouncilPlacesOptions = {}): CouncilPlacesResult {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      bom: true,
    });
  } catch (e) {
    return { places: [], problems: [`the places file is not a CSV file: ${(e as Error).message}`] };
  }
  const places: CouncilPlace[] = [];
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const row = `row ${i + 2}`;
    const cell = (c: keyof typeof COLUMNS) => COLUMNS[c].map((n) => r[n]?.trim()).find((v) => v) ?? '';
    const name = cell('name');
    const kind = cell('kind').toLowerCase() || (options.kindByDefault ?? '');
    if (name === '') return problems.push(`${row}: the place has no name`);
    if (!KINDS.has(kind))
      return problems.push(`${row} (${name}): kind must be place or street, not "${kind}"`);
    let [lon, lat] = [num(cell('lon')), num(cell('lat'))];
    const [e, n] = [num(cell('easting')), num(cell('northing'))];
    if (!(Number.isFinite(lon) && Number.isFinite(lat)) && Number.isFinite(e) && Number.isFinite(n))
      [lon, lat] = bngToLonLat(e, n);
    const postcode = cell('postcode');
    const at =
      Number.isFinite(lon) && Number.isFinite(lat) ? undefined : postcode && options.locate?.(postcode);
    if (at) [lon, lat] = [at.lon, at.lat];
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      return problems.push(`${row} (${name}): give easting and northing, or lon and lat`);
    }
    const division = cell('division');
    places.push({ name, kind: kind as CouncilPlace['kind'], lon, lat, ...(division ? { division } : {}) });
  });
  return { places, problems };
}
