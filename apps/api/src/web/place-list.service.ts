import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCouncilPlaces } from '@member-alerts/producers';
import { Inject, Injectable } from '@nestjs/common';
import { PostcodeLookupService } from './postcode-lookup.service';
import { WEB_CONFIG, type WebConfig } from './web-config.util';

export interface ListedPlace {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}

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
      // A row with no kind is a place; one the list cannot place is left out, as the search cannot use it.
      const { places } = readCouncilPlaces(readFileSync(join(dir ?? '', f), 'utf8'), {
        locate: (code) => this.postcodes.find(code),
        kindByDefault: 'place',
      });
      for (const { name, lon, lat } of places) list.push({ name, lon, lat });
    }
    this.list = list;
    return list;
  }
}
