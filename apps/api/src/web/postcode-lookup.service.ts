import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PostcodePlace, postcodeKey, readPostcodeCsv } from '@member-alerts/geo';
import { Inject, Injectable } from '@nestjs/common';
import { WEB_CONFIG, type WebConfig } from './web-config.util';

export { POSTCODE, type PostcodePlace, postcodeKey, postcodeShown } from '@member-alerts/geo';

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
      for (const place of readPostcodeCsv(readFileSync(join(dir, f), 'utf8')))
        table.set(postcodeKey(place.postcode), place);
    }
    this.table = table;
    return table;
  }
}
