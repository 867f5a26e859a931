import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PostcodeLookupService } from './postcode-lookup.service';
import { DEFAULT_POSTCODES_DIR, loadWebConfig, WebConfigError } from './web-config.util';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A council's own folder of postcode files, as POSTCODES_DIR names it. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'postcodes-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Lines of OS Code-Point Open for LE18 2FZ (Wigston), as published and as the fixture has them.
const CODE_POINT_ROW = readFileSync(join(DEFAULT_POSTCODES_DIR, 'LE-codepoint-2014.csv'), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('LE182FZ,')) as string;
const WIGSTON = { postcode: 'LE18 2FZ', easting: 460308, northing: 298442, lon: -1.111414, lat: 52.580455 };

describe("a council's own postcode file", () => {
  it('reads Code-Point Open as published: no header line, quoted, the grid alone', () => {
    const raw = `"LE182FZ",10,460308,298442,"E92000001","E19000001","E18000004","E10000018","E07000135","E05005537"\n`;
    const found = new PostcodeLookupService({ postcodesDir: folder({ 'le.csv': raw }) }).find('le18 2fz');
    expect(found).toMatchObject({ postcode: 'LE18 2FZ', easting: 460308, northing: 298442 });
    // Worked out from the grid, within a few metres of the fixture's WGS84 position.
    expect(found?.lon).toBeCloseTo(WIGSTON.lon, 4);
    expect(found?.lat).toBeCloseTo(WIGSTON.lat, 4);
  });

  it('reads an ONS Postcode Directory extract by its column names, and skips postcodes with no position', () => {
    const onspd = [
      'pcd,pcd2,pcds,oseast1m,osnrth1m,lat,long',
      'LE182FZ,LE18 2FZ,LE18 2FZ,460308,298442,52.580455,-1.111414',
      'LE1 9ZZ,LE1  9ZZ,LE1 9ZZ,,,99.999999,0.000000',
    ].join('\n');
    const lookup = new PostcodeLookupService({ postcodesDir: folder({ 'ONSPD_extract.CSV': onspd }) });
    expect(lookup.find('LE182FZ')).toEqual(WIGSTON);
    expect(lookup.find('LE1 9ZZ')).toBeUndefined();
    expect(lookup.areas()).toEqual(['LE']);
  });

  it('reads the product’s own files, with lon and lat', () => {
    const header =
      'postcode,positional_quality,easting,northing,country_code,nhs_regional_ha_code,nhs_ha_code,admin_county_code,admin_district_code,admin_ward_code,lon,lat';
    const lookup = new PostcodeLookupService({
      postcodesDir: folder({ 'le.csv': `${header}\n${CODE_POINT_ROW}\n` }),
    });
    expect(lookup.find('LE18 2FZ')).toEqual(WIGSTON);
  });

  it('is set with POSTCODES_DIR, and refuses a folder that is not there in plain words', () => {
    expect(loadWebConfig({}).postcodesDir).toBe(DEFAULT_POSTCODES_DIR);
    const dir = folder({});
    expect(loadWebConfig({ POSTCODES_DIR: dir }).postcodesDir).toBe(dir);
    expect(() => loadWebConfig({ POSTCODES_DIR: join(dir, 'missing') })).toThrow(WebConfigError);
    expect(() => loadWebConfig({ POSTCODES_DIR: join(dir, 'missing') })).toThrow(/POSTCODES_DIR: no folder/);
  });
});
