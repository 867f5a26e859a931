import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let placesDir: string;
const officer = { key: KEYS.officer };
beforeAll(async () => {
  // A council's own list of places: a village by a postcode the postcode data knows.
  placesDir = mkdtempSync(join(tmpdir(), 'places-'));
  writeFileSync(join(placesDir, 'villages.csv'), 'name,postcode\nKibworth Beauchamp,LE8 0NW\n');
  // The console's settings are read from the environment as the API starts.
  process.env['PLACES_DIR'] = placesDir;
  t = await startTestApi();
});
afterAll(async () => {
  delete process.env['PLACES_DIR'];
  await t?.close();
  rmSync(placesDir, { recursive: true, force: true });
});

interface Place {
  name: string;
  kind: string;
  lon: number;
  lat: number;
  bounds?: [number, number, number, number];
}
const search = async (q: string) => {
  const r = await t.request('GET', `/places?q=${encodeURIComponent(q)}`, officer);
  return { status: r.status, places: (r.body as { places?: Place[] }).places ?? [], body: r.body };
};

describe('finding a place on the map', () => {
  it('finds a division by its name, whatever the case, marked at a point inside it', async () => {
    const { status, places } = await search('  oadby ');
    expect(status).toBe(200);
    expect(places.map((p) => [p.name, p.kind])).toEqual([['Oadby', 'division']]);
    const [oadby] = places;
    const [w, s, e, n] = oadby?.bounds ?? [];
    expect(oadby?.lon).toBeGreaterThan(w ?? Infinity);
    expect(oadby?.lon).toBeLessThan(e ?? -Infinity);
    expect(oadby?.lat).toBeGreaterThan(s ?? Infinity);
    expect(oadby?.lat).toBeLessThan(n ?? -Infinity);
    // An event placed at the mark is in Oadby and nowhere else.
    const preview = await t.request('POST', '/events/preview', {
      ...officer,
      body: {
        kind: 'service_change',
        title: 'Library opening hours',
        location: { type: 'Point', coordinates: [oadby?.lon, oadby?.lat] },
      },
    });
    expect(preview.status, preview.text).toBe(200);
    expect((preview.body as { affectedDivisions: string[] }).affectedDivisions).toEqual(['Oadby']);
  });

  it('finds every division a part of a name fits, the names that start with it first', async () => {
    expect((await search('Loughborough')).places.map((p) => p.name)).toEqual([
      'Loughborough East',
      'Loughborough North',
      'Loughborough North West',
      'Loughborough South',
      'Loughborough South West',
    ]);
    expect((await search('wigston')).places.map((p) => p.name)).toEqual([
      'East Wigston',
      'North Wigston',
      'South & West Wigston',
    ]);
    expect((await search("St Mary's")).places.map((p) => p.name)).toEqual(['St Marys']);
    expect((await search('castle donington and kegworth')).places.map((p) => p.name)).toEqual([
      'Castle Donington & Kegworth',
    ]);
  });

  it('finds a full postcode, as the postcode search did', async () => {
    const { places } = await search('le18 2fz');
    expect(places).toEqual([{ name: 'LE18 2FZ', kind: 'postcode', lon: -1.111414, lat: 52.580455 }]);
  });

  it('finds a place on the council’s own list by part of its name, marked where its postcode is', async () => {
    const { status, places } = await search('kibworth');
    expect(status).toBe(200);
    // LE8 0NW in OS Code-Point Open.
    expect(places).toEqual([{ name: 'Kibworth Beauchamp', kind: 'place', lon: -0.991534, lat: 52.539839 }]);
    const preview = await t.request('POST', '/events/preview', {
      ...officer,
      body: {
        kind: 'service_change',
        title: 'Library opening hours',
        location: { type: 'Point', coordinates: [places[0]?.lon, places[0]?.lat] },
      },
    });
    expect((preview.body as { affectedDivisions: string[] }).affectedDivisions).toEqual(['Gartree']);
  });

  it('says in plain words what it could not find, and what to try', async () => {
    const atlantis = await search('Atlantis');
    expect(atlantis.status).toBe(404);
    expect(atlantis.body).toMatchObject({
      errors: [
        {
          field: 'q',
          message:
            'No place, division or postcode called “Atlantis” was found. Enter a postcode, like LE18 2FZ, or the name of a place or a division',
        },
      ],
    });
    const elsewhere = await search('CV13 6AA');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toMatchObject({
      errors: [
        { field: 'q', message: 'CV13 6AA was not found; the postcode data covers the LE and NG areas' },
      ],
    });
    // A NUL character is refused before the search, as it is in every field (request-input pipe).
    const nul = await search('oad\u0000by');
    expect(nul.status).toBe(400);
    expect((nul.body as { message: string }).message).toContain('NUL character');
    for (const q of ['', '   ', 'a'.repeat(101)]) {
      const r = await search(q);
      expect(r.status, JSON.stringify(q)).toBe(400);
      expect((r.body as { message: string }).message).toBe('enter a place name or a postcode');
    }
    expect((await t.request('GET', '/places?q=Oadby', { key: KEYS.member })).status).toBe(403);
  });
});
