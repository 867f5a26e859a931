import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';

export interface PostcodePlace {
  readonly postcode: string;
  readonly lon: number;
  readonly lat: number;
  readonly easting: number;
  readonly northing: number;
}

export const POSTCODES_DIR = join(__dirname, '..', '..', '..', '..', 'fixtures', 'postcodes');

// The outward code, a space or not, then the inward code: "LE18 2FZ".
export const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

export const postcodeKey = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** A postcode as people write it, outward and inward code apart: "le182fz" → "LE18 2FZ". */
export function postcodeShown(s: string): string {
  const code = postcodeKey(s);
  return code.length > 3 ? `${code.slice(0, -3)} ${code.slice(-3)}` : code;
}

/** OS Code-Point Open postcodes from fixtures/postcodes, read on the first look-up and kept. */
@Injectable()
export class PostcodeLookupService {
  private table: Map<string, PostcodePlace> | undefined;
  private readonly dir = POSTCODES_DIR;

  find(code: string): PostcodePlace | undefined {
    return this.load().get(postcodeKey(code));
  }

  /** The postcode areas the data covers, e.g. ["LE", "NG"]. */
  areas(): string[] {
    return [...new Set([...this.load().keys()].map((k) => /^[A-Z]+/.exec(k)?.[0] ?? ''))].sort();
  }

  private load(): Map<string, PostcodePlace> {
    if (this.table) return this.table;
    const table = new Map<string, PostcodePlace>();
    const files = existsSync(this.dir) ? readdirSync(this.dir).filter((f) => f.endsWith('.csv')) : [];
    for (const f of files) {
      const [header, ...lines] = readFileSync(join(this.dir, f), 'utf8').split(/\r?\n/);
      const cols = (header ?? '').split(',');
      const at = (name: string) => cols.indexOf(name);
      const [pc, e, n, lon, lat] = ['postcode', 'easting', 'northing', 'lon', 'lat'].map(at);
      if ([pc, e, n, lon, lat].some((i) => i === undefined || i < 0)) continue;
      for (const line of lines) {
        const v = line.split(',');
        const code = postcodeKey(v[pc as number] ?? '');
        const place = {
          // Code-Point writes "LE182FZ"; people write "LE18 2FZ".
          postcode: postcodeShown(code),
          easting: Number(v[e as number]),
          northing: Number(v[n as number]),
          lon: Number(v[lon as number]),
          lat: Number(v[lat as number]),
        };
        if (!place.postcode || ![place.lon, place.lat].every(Number.isFinite)) continue;
        table.set(code, place);
      }
    }
    this.table = table;
    return table;
  }
}
