import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postcode } from '../../../tools/testing/fixtures';
import { LEICS, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'member-alerts-cli-'));

describe('member-alerts match', () => {
  it('prints only JSON on stdout with --json, in the documented shape', () => {
    const p = postcode('LE', 'LE25AA');
    const r = runCli(['match', '--divisions', LEICS, '--point', `${p.lon},${p.lat}`, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      divisions: [{ name: 'Oadby', relation: 'inside', distanceMetres: 0 }],
      outsideCouncilArea: false,
    });
  });

  it('takes British National Grid with --crs and reports nearby divisions with --within', () => {
    const p = postcode('LE', 'LE25AA');
    const r = runCli([
      'match',
      '--divisions',
      LEICS,
      '--point',
      `${p.easting},${p.northing}`,
      '--crs',
      'EPSG:27700',
      '--within',
      '2000',
      '--json',
    ]);
    const out = JSON.parse(r.stdout) as { divisions: { name: string; relation: string }[] };
    expect(out.divisions[0]).toEqual({ name: 'Oadby', relation: 'inside', distanceMetres: 0 });
    expect(out.divisions.slice(1).length).toBeGreaterThan(0);
    expect(out.divisions.slice(1).every((d) => d.relation === 'nearby')).toBe(true);
  });

  it('prints a readable table by default', () => {
    const r = runCli([
      'match',
      '--divisions',
      LEICS,
      '--geometry',
      '{"type":"LineString","coordinates":[[-1.205,52.77],[-1.14,52.715]]}',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Division\s+Relation/m);
    expect(r.stdout).toMatch(/Quorn & Barrow\s+intersects/);
  });

  it('reads a geometry from @FILE', () => {
    const f = join(dir, 'area.geojson');
    writeFileSync(
      f,
      JSON.stringify({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [-1.467374, 52.747489] },
      }),
    );
    const r = runCli(['match', '--divisions', LEICS, '--geometry', `@${f}`, '--json']);
    expect((JSON.parse(r.stdout) as { divisions: { name: string }[] }).divisions.map((d) => d.name)).toEqual([
      'Ashby de la Zouch',
    ]);
  });

  it('matches newline-delimited features one line each, and a bad line does not stop the rest', () => {
    const f = join(dir, 'batch.ndjson');
    const feature = (id: string, coordinates: number[]) =>
      JSON.stringify({ type: 'Feature', id, properties: {}, geometry: { type: 'Point', coordinates } });
    writeFileSync(
      f,
      [
        feature('ashby', [-1.467374, 52.747489]),
        '{"type": "Feature", ',
        feature('bng-as-wgs84', [459000, 304000]),
        feature('city', [-1.1337, 52.6362]),
        feature('oadby', [-1.082219, 52.598967]),
      ].join('\n'),
    );
    const r = runCli(['match', '--divisions', LEICS, '--input', f, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; divisions?: { name: string }[]; error?: string });
    expect(lines.map((l) => l.id)).toEqual(['ashby', null, 'bng-as-wgs84', 'city', 'oadby']);
    expect(lines[0]?.divisions?.map((d) => d.name)).toEqual(['Ashby de la Zouch']);
    expect(lines[1]?.error).toMatch(/line 2: not valid JSON/);
    expect(lines[2]?.error).toMatch(/British National Grid/);
    expect(lines[3]?.divisions).toEqual([]);
    expect(lines[4]?.divisions?.map((d) => d.name)).toEqual(['Oadby']);
    expect(r.stderr).toMatch(/matched 3 of 5 features; 2 had errors/);
  });

  it.each<[string, string[], RegExp, number]>([
    [
      'a missing divisions file',
      ['--divisions', 'no/such.geojson', '--point', '-1,52'],
      /divisions file "no\/such.geojson" does not exist/,
      1,
    ],
    ['no input at all', ['--divisions', LEICS], /give exactly one of --point, --geometry or --input/, 2],
    ['two inputs', ['--divisions', LEICS, '--point', '-1,52', '--geometry', '{}'], /exactly one of/, 2],
    ['a malformed point', ['--divisions', LEICS, '--point', 'abc'], /--point must be X,Y/, 2],
    ['an unknown option', ['--divisions', LEICS, '--pointt', '1,2'], /Unknown option '--pointt'/, 2],
    [
      'an unsupported CRS',
      ['--divisions', LEICS, '--point', '-1,52', '--crs', 'EPSG:3857'],
      /--crs must be EPSG:4326 or EPSG:27700/,
      2,
    ],
    [
      'BNG given as WGS84',
      ['--divisions', LEICS, '--point', '459000,304000'],
      /look like British National Grid/,
      1,
    ],
    [
      'invalid GeoJSON',
      ['--divisions', LEICS, '--geometry', '{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}'],
      /at least 4 positions/,
      1,
    ],
    [
      'a divisions file that is not GeoJSON',
      ['--divisions', 'package.json', '--point', '-1,52'],
      /must be a GeoJSON FeatureCollection/,
      1,
    ],
  ])('fails with one clear message on %s', (_, args, message, code) => {
    const r = runCli(['match', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
