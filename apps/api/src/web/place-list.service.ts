import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bngToLonLat } from '@member-alerts/geo';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { PostcodeLookupService } from './postcode-lookup.service';
import { WEB_CONFIG, type WebConfig } from './web-config.util';

export interface ListedPlace {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}

// The names each column goes by: ours, and OS Open Names' (NAME1, GEOMETRY_X and GEOMETRY_Y, in
// British National Grid metres).
const COLUMNS = {
  name: ['name', 'name1'],
  lon: ['lon', 'long', 'longitude'],
  lat: ['lat', 'latitude'],
  easting: ['easting', 'geometry_x'],
  northing: ['northing', 'geometry_y'],
  postcode: ['postcode'],
} as const;
type Column = keyof typeof COLUMNS;

/**
 * The council's own list of places (villages, hamlets, streets), from the CSV files of PLACES_DIR,
 * read on the first search and kept. Each row has a name and a position: lon and lat, easting and
 * northing, or a postcode the postcode data knows. An extract of OS Open Names is read as it is.
 */
@Injectable()
export class PlaceListService {
  private list: ListedPlace[] | undefined;

  constructor(
    @Inject(WEB_CONFIG) private readonly config: Pick<WebConfig, 'placesDir'>,
    private readonly postcodes: PostcodeLookupService,
  ) {}

  places(): readonly ListedPlace[] {
    if (this.list) return this.list;
    const dir = this.config.placesDir;
    const list: ListedPlace[] = [];
    const files =
      dir && existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')) : [];
    for (const f of files) {
      const rows = parse<Record<string, string | undefined>>(readFileSync(join(dir ?? '', f), 'utf8'), {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        relax_column_count: true,
        bom: true,
      });
      for (const row of rows) {
        const place = this.placeOf(row);
        if (place) list.push(place);
      }
    }
    this.list = list;
    return list;
  }

  private placeOf(row: Readonly<Record<string, string | undefined>>): ListedPlace | undefined {
    const cell = (c: Column) => COLUMNS[c].map((n) => row[n]?.trim()).find((v) => v) ?? '';
    const num = (c: Column) => (cell(c) === '' ? NaN : Number(cell(c)));
    const name = cell('name');
    if (!name) return undefined;
    const [lon, lat] = [num('lon'), num('lat')];
    if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90) return { name, lon, lat };
    const [easting, northing] = [num('easting'), num('northing')];
    if (easting > 0 && northing > 0) {
      const [x, y] = bngToLonLat(easting, northing);
      return { name, lon: x, lat: y };
    }
    const at = cell('postcode') ? this.postcodes.find(cell('postcode')) : undefined;
    return at ? { name, lon: at.lon, lat: at.lat } : undefined;
  }
}
