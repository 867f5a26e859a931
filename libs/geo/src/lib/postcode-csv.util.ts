import { bngToLonLat, lonLatToBng } from './crs.util';

export interface PostcodePlace {
  readonly postcode: string;
  readonly lon: number;
  readonly lat: number;
  readonly easting: number;
  readonly northing: number;
}

// The outward code, a space or not, then the inward code: "LE18 2FZ".
export const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

export const postcodeKey = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** A postcode as people write it, outward and inward code apart: "le182fz" → "LE18 2FZ". */
export function postcodeShown(s: string): string {
  const code = postcodeKey(s);
  return code.length > 3 ? `${code.slice(0, -3)} ${code.slice(-3)}` : code;
}

// The names each column goes by: ours, the ONS Postcode Directory's (ONSPD) and Code-Point Open's.
const COLUMNS = {
  postcode: ['postcode', 'pcds', 'pcd', 'pcd2'],
  easting: ['easting', 'eastings', 'oseast1m'],
  northing: ['northing', 'northings', 'osnrth1m'],
  lon: ['lon', 'long', 'longitude'],
  lat: ['lat', 'latitude'],
} as const;
type Column = keyof typeof COLUMNS;

// Code-Point Open's CSV files have no header line: postcode, quality, eastings, northings, ...
const CODE_POINT_OPEN: Partial<Record<Column, number>> = { postcode: 0, easting: 2, northing: 3 };

const unquote = (v: string | undefined) => (v ?? '').trim().replace(/^"(.*)"$/, '$1');

/** Where each column is, from the header line, or Code-Point Open's order when there is none. */
function columnsOf(first: string): { at: Partial<Record<Column, number>>; header: boolean } {
  const cells = first.split(',').map((c) => unquote(c).toLowerCase());
  if (POSTCODE.test(cells[0] ?? '')) return { at: CODE_POINT_OPEN, header: false };
  const at: Partial<Record<Column, number>> = {};
  for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = cells.findIndex((c) => names.includes(c));
    if (i >= 0) at[col] = i;
  }
  return { at, header: true };
}

/** One line as a place; undefined when it has no postcode or no position. */
function placeOf(v: readonly string[], at: Partial<Record<Column, number>>): PostcodePlace | undefined {
  const cell = (c: Column) => (at[c] === undefined ? '' : unquote(v[at[c]]));
  const num = (c: Column) => (cell(c) === '' ? NaN : Number(cell(c)));
  const code = postcodeKey(cell('postcode'));
  let [lon, lat, easting, northing] = [num('lon'), num('lat'), num('easting'), num('northing')];
  const grid = Number.isFinite(easting) && Number.isFinite(northing) && easting > 0 && northing > 0;
  // Code-Point Open gives the grid alone; ONSPD writes 99.999999 where a postcode has no position.
  if (!(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90) && grid)
    [lon, lat] = bngToLonLat(easting, northing);
  else if (!grid && Number.isFinite(lon) && Number.isFinite(lat)) [easting, northing] = lonLatToBng(lon, lat);
  if (!code || ![lon, lat, easting, northing].every(Number.isFinite) || Math.abs(lat) > 90) return undefined;
  // Code-Point writes "LE182FZ"; people write "LE18 2FZ".
  return { postcode: postcodeShown(code), easting, northing, lon, lat };
}

/**
 * The postcodes of one CSV file: OS Code-Point Open as published (no header line), an extract of
 * the ONS Postcode Directory, or any CSV with a header naming postcode and either lon and lat or
 * easting and northing. Lines with no postcode or no position are skipped; a file with no postcode
 * column gives none.
 */
export function readPostcodeCsv(text: string): PostcodePlace[] {
  const lines = text.split(/\r?\n/);
  const { at, header } = columnsOf(lines[0] ?? '');
  if (at.postcode === undefined) return [];
  return (header ? lines.slice(1) : lines).flatMap((line) => placeOf(line.split(','), at) ?? []);
}
