import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bngToLonLat, lonLatToBng } from '@member-alerts/geo';
import { Inject, Injectable } from '@nestjs/common';
import { WEB_CONFIG, type WebConfig } from './web-config.util';

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
 * The postcodes in the CSV files of POSTCODES_DIR (the LE and NG areas of OS Code-Point Open
 * when unset), read on the first look-up and kept. A council points it at its own file: Code-Point
 * Open as published, an extract of the ONS Postcode Directory, or any CSV with a postcode and
 * either lon and lat or easting and northing.
 */
@Injectable()
export class PostcodeLookupService {
  private table: Map<string, PostcodePlace> | undefined;

  constructor(@Inject(WEB_CONFIG) private readonly config: Pick<WebConfig, 'postcodesDir'>) {}

  find(code: string): PostcodePlace | undefined {
    return this.load().get(postcodeKey(code));
  }

  /** The postcode areas the data covers, e.g. ["LE", "NG"]. */
  areas(): string[] {
    return [...new Set([...this.load().keys()].map((k) => /^[A-Z]+/.exec(k)?.[0] ?? ''))].sort();
  }

  private load(): Map<string, PostcodePlace> {
    if (this.table) return this.table;
    const dir = this.config.postcodesDir;
    const table = new Map<string, PostcodePlace>();
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')) : [];
    for (const f of files) {
      const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/);
      const { at, header } = columnsOf(lines[0] ?? '');
      if (at.postcode === undefined) continue;
      for (const line of header ? lines.slice(1) : lines) {
        const place = placeOf(line.split(','), at);
        if (place) table.set(postcodeKey(place.postcode), place);
      }
    }
    this.table = table;
    return table;
  }
}
