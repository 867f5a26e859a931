import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlaceListService } from './place-list.service';
import { PostcodeLookupService } from './postcode-lookup.service';
import { DEFAULT_POSTCODES_DIR, loadWebConfig, WebConfigError } from './web-config.util';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A council's own folder of places files, as PLACES_DIR names it. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const postcodes = new PostcodeLookupService({ postcodesDir: DEFAULT_POSTCODES_DIR });
const list = (dir: string | undefined) => new PlaceListService({ placesDir: dir }, postcodes).places();

// LE8 0NW in OS Code-Point Open (the fixture): grid 468494, 294031; WGS84 -0.991534, 52.539839.
const AT = { lon: -0.991534, lat: 52.539839 };

describe("a council's own list of places", () => {
  it('reads a place by postcode, by lon and lat, and by the grid (OS Open Names’ columns)', () => {
    const places = list(
      folder({
        'villages.csv': 'name,postcode\nKibworth Beauchamp,LE8 0NW\nNowhere,ZZ1 1ZZ\n',
        'streets.csv': `Name,Lon,Lat\n"High Street, Kibworth",${AT.lon},${AT.lat}\n`,
        'open-names.csv': 'ID,NAME1,LOCAL_TYPE,GEOMETRY_X,GEOMETRY_Y\nosgb1,Kibworth,Village,468494,294031\n',
        'notes.txt': 'not a CSV file',
      }),
    );
    expect(places.map((p) => p.name).sort()).toEqual([
      'High Street, Kibworth',
      'Kibworth',
      'Kibworth Beauchamp',
    ]);
    // The same point each way, to within a few metres.
    for (const p of places) {
      expect(Math.abs(p.lon - AT.lon), p.name).toBeLessThan(0.0001);
      expect(Math.abs(p.lat - AT.lat), p.name).toBeLessThan(0.0001);
    }
  });

  it('is empty without PLACES_DIR, and a folder that is not there stops the start, naming it', () => {
    expect(list(undefined)).toEqual([]);
    expect(loadWebConfig({}).placesDir).toBeUndefined();
    expect(() => loadWebConfig({ PLACES_DIR: '/nowhere/places' })).toThrow(WebConfigError);
    expect(() => loadWebConfig({ PLACES_DIR: '/nowhere/places' })).toThrow(/PLACES_DIR: no folder/);
  });
});
