import { loadDivisions } from '@member-alerts/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  // Real county files are 2–3 MB: the default limits take them on /boundaries only.
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const BNG = readFixture('leicestershire', 'divisions.bng.geojson');
const WGS84 = readFixture('leicestershire', 'divisions.geojson');

// Crosses Loughborough East, Loughborough South, Quorn & Barrow and Rothley & Mountsorrel.
const roadWorks = {
  kind: 'road_works',
  title: 'A6 resurfacing, Loughborough to Mountsorrel',
  major: true,
  startsAt: '2027-01-11T08:00:00Z',
  location: {
    type: 'LineString',
    coordinates: [
      [-1.205, 52.77],
      [-1.17, 52.745],
      [-1.14, 52.715],
    ],
  },
};

type FeatureCollection = {
  type: string;
  crs?: unknown;
  features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[];
};
type ErrorBody = { message: string; errors?: { field: string; message: string }[] };
type Uploaded = {
  id: string;
  sourceCrs: string;
  divisionCount: number;
  inEffect: boolean;
  warnings: unknown[];
  rosterWarnings: string[];
};
type Generation = { id: string; label: string; effectiveFrom: string; status: string; sourceCrs: string };
type Detail = Generation & { divisions: { name: string; seats: number; neighbours: string[] }[] };

const ds = KEYS.democraticServices;

/** The WGS84 fixture with Quorn & Barrow renamed, as a boundary review might. */
function renamedQuorn(): string {
  const fc = JSON.parse(WGS84) as FeatureCollection;
  for (const f of fc.features)
    for (const k of ['Name', 'Ward_name', 'Division_n'])
      if (f.properties[k] === 'Quorn & Barrow') f.properties[k] = 'Quorn & Barrow upon Soar';
  return JSON.stringify(fc);
}

const upload = (query: string, raw: string, contentType = 'application/geo+json', key: string = ds) =>
  t.request('POST', `/boundaries?${query}`, { key, raw, contentType });

const affected = async () =>
  (
    (await t.request('POST', '/events/preview', { key: KEYS.officer, body: roadWorks })).body as {
      affectedDivisions: string[];
    }
  ).affectedDivisions;

async function boundaryState(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ['boundary_generations', 'divisions', 'audit_log']) {
    const [r] = await t.sql<{ n: string; digest: string }>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM ${table} x`,
    );
    out[table] = `${r?.n}:${r?.digest}`;
  }
  return out;
}

function extent(
  coordinates: unknown,
  acc = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity },
) {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as number[];
    acc.minX = Math.min(acc.minX, x as number);
    acc.maxX = Math.max(acc.maxX, x as number);
    acc.minY = Math.min(acc.minY, y as number);
    acc.maxY = Math.max(acc.maxY, y as number);
  } else if (Array.isArray(coordinates)) for (const c of coordinates) extent(c, acc);
  return acc;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('boundary generations', () => {
  let seeded: Generation;

  it('lists the seeded generation as the one in effect, with its divisions and neighbours', async () => {
    const r = await t.request('GET', '/boundaries', { key: KEYS.officer });
    expect(r.status).toBe(200);
    const body = r.body as { inEffect: string; generations: Generation[] };
    expect(body.generations).toHaveLength(1);
    seeded = body.generations[0] as Generation;
    expect(seeded).toMatchObject({
      effectiveFrom: '2017-05-04',
      status: 'in_effect',
      sourceCrs: 'EPSG:4326',
    });
    expect(body.inEffect).toBe(seeded.id);
    const one = (await t.request('GET', `/boundaries/${seeded.id}`, { key: KEYS.officer })).body as Detail;
    expect(one.divisions).toHaveLength(53);
    expect(one.divisions.find((d) => d.name === 'Oadby')?.seats).toBe(2);
    expect(one.divisions.find((d) => d.name === 'Quorn & Barrow')?.neighbours).toContain(
      'Rothley & Mountsorrel',
    );
  });

  it('stores a British National Grid upload as a WGS84 generation', async () => {
    const r = await upload('label=LGBCE%20final%20recommendations%20(BNG)&effectiveFrom=2099-05-07', BNG);
    expect(r.status).toBe(201);
    const up = r.body as Uploaded;
    expect(up).toMatchObject({
      sourceCrs: 'EPSG:27700',
      divisionCount: 53,
      inEffect: false,
      rosterWarnings: [],
    });

    const file = await t.request('GET', `/boundaries/${up.id}/divisions.geojson`, { key: KEYS.officer });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const fc = file.body as FeatureCollection;
    expect(fc.crs).toBeUndefined();
    const e = extent(fc.features.map((f) => f.geometry.coordinates));
    expect(e.minX).toBeGreaterThan(-2);
    expect(e.maxX).toBeLessThan(0);
    expect(e.minY).toBeGreaterThan(52);
    expect(e.maxY).toBeLessThan(53);
    // What planning will rebuild from the stored file is the set that was uploaded.
    const stored = loadDivisions(fc);
    const uploaded = loadDivisions(BNG);
    expect(stored.sourceCrs).toBe('EPSG:4326');
    expect(stored.names).toEqual(uploaded.names);
    expect(stored.adjacency()).toEqual(uploaded.adjacency());

    const detail = (await t.request('GET', `/boundaries/${up.id}`, { key: ds })).body as Detail;
    expect(detail).toMatchObject({ status: 'future', effectiveFrom: '2099-05-07' });
    expect(detail.divisions.find((d) => d.name === 'Quorn & Barrow')?.neighbours).toEqual(
      uploaded.neighboursOf('Quorn & Barrow'),
    );
    const audit = await t.sql<{ actor: string; details: { generationId: string; sourceCrs: string } }>(
      "SELECT actor, details FROM audit_log WHERE action = 'boundaries.uploaded' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]).toMatchObject({
      actor: 'Development democratic services',
      details: { generationId: up.id, sourceCrs: 'EPSG:27700' },
    });
  });

  it('leaves planning alone until a future generation takes effect, and warns of members it leaves out', async () => {
    const before = await affected();
    expect(before).toContain('Quorn & Barrow');
    const r = await upload(
      'label=Review%202098&effectiveFrom=2098-05-01',
      renamedQuorn(),
      'application/json',
    );
    expect(r.status).toBe(201);
    const up = r.body as Uploaded;
    expect(up.inEffect).toBe(false);
    expect(up.rosterWarnings).toEqual([
      'Daniel Ashworth (m044) sits for "Quorn & Barrow", which is not a division from 2098-05-01: move the member before these boundaries take effect',
    ]);
    expect(await affected()).toEqual(before);
    const list = (await t.request('GET', '/boundaries', { key: ds })).body as {
      inEffect: string;
      generations: Generation[];
    };
    const listed = list.generations.map((g) => [g.effectiveFrom, g.status]);
    expect(listed).toEqual(
      expect.arrayContaining([
        ['2098-05-01', 'future'],
        ['2017-05-04', 'in_effect'],
      ]),
    );
    // Newest first, whatever other tests in this file uploaded.
    const dates = listed.map(([d]) => d as string);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(list.inEffect).toBe(seeded.id);
    // The roster is checked against today's boundaries, not the future ones.
    const m = await t.request('POST', '/members', {
      key: ds,
      body: {
        externalId: 'm300',
        name: 'Too Soon',
        email: 'too.soon@x.example',
        division: 'Quorn & Barrow upon Soar',
      },
    });
    expect(m.status).toBe(400);
    expect((m.body as ErrorBody).errors?.map((x) => x.field)).toEqual(['division']);
  });

  it('rejects bad GeoJSON with every problem named, and stores nothing', async () => {
    const before = await boundaryState();
    const bngAsWgs84 = JSON.stringify({
      ...(JSON.parse(BNG) as object),
      crs: { type: 'name', properties: { name: 'EPSG:4326' } },
    });
    const mislabelled = await upload('label=Mislabelled&effectiveFrom=2030-01-01', bngAsWgs84);
    expect(mislabelled.status, mislabelled.text).toBe(400);
    const errors = (mislabelled.body as ErrorBody).errors ?? [];
    expect(errors).toHaveLength(53);
    expect(errors[0]?.message).toMatch(/coordinates out of range for EPSG:4326/);

    const broken = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Oadby' }, geometry: null },
        {
          type: 'Feature',
          properties: { name: 'Oadby' },
          geometry: { type: 'Point', coordinates: [-1.08, 52.6] },
        },
      ],
    };
    const r = await upload('label=Broken&effectiveFrom=2030-01-01', JSON.stringify(broken));
    expect(r.status).toBe(400);
    expect((r.body as ErrorBody).errors?.map((x) => x.message)).toEqual([
      'feature 0 ("Oadby"): has no geometry',
      'feature 1 ("Oadby"): duplicate division name "Oadby" (also feature 0 ("Oadby"))',
      'feature 1 ("Oadby"): a division must be a Polygon or MultiPolygon, not a Point',
    ]);

    const triangle = [
      [
        [-1.1, 52.58],
        [-1.05, 52.58],
        [-1.05, 52.6],
        [-1.1, 52.58],
      ],
    ];
    const html = await upload(
      'label=Html&effectiveFrom=2030-01-01',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Oadby <script>' },
            geometry: { type: 'Polygon', coordinates: triangle },
          },
        ],
      }),
    );
    expect(html.status).toBe(400);
    expect((html.body as ErrorBody).errors?.[0]?.message).toMatch(
      /the division name must not contain < or >/,
    );

    const feature = await upload('label=One&effectiveFrom=2030-01-01', JSON.stringify({ type: 'Feature' }));
    expect((feature.body as ErrorBody).errors?.[0]?.message).toMatch(/must be a GeoJSON FeatureCollection/);
    const notJson = await upload('label=Bad&effectiveFrom=2030-01-01', '{"type": "FeatureCollection", ');
    expect(notJson.status).toBe(400);
    expect((notJson.body as ErrorBody).message).toMatch(/not valid JSON/);
    const asText = await upload('label=Text&effectiveFrom=2030-01-01', WGS84, 'text/plain');
    expect(asText.status).toBe(400);
    expect((asText.body as ErrorBody).errors?.[0]?.message).toMatch(/application\/geo\+json/);
    expect(await boundaryState()).toEqual(before);
  });

  it('requires a label and a real effectiveFrom date, naming both', async () => {
    const before = await boundaryState();
    const none = await upload('', WGS84);
    expect(none.status).toBe(400);
    expect((none.body as ErrorBody).errors?.map((x) => x.field)).toEqual(['label', 'effectiveFrom']);
    for (const date of ['2025-02-30', '04/05/2025', 'tomorrow']) {
      const r = await upload(`label=X&effectiveFrom=${encodeURIComponent(date)}`, WGS84);
      expect(r.status, date).toBe(400);
      expect(
        (r.body as ErrorBody).errors?.map((x) => x.field),
        date,
      ).toEqual(['effectiveFrom']);
    }
    const html = await upload('label=%3Cb%3EReview%3C%2Fb%3E&effectiveFrom=2030-01-01', WGS84);
    expect((html.body as ErrorBody).errors?.map((x) => x.field)).toEqual(['label']);
    expect(await boundaryState()).toEqual(before);
  });

  it('lets officers read the boundaries but not upload them', async () => {
    const before = await boundaryState();
    expect(
      (await upload('label=X&effectiveFrom=2030-01-01', WGS84, 'application/json', KEYS.officer)).status,
    ).toBe(403);
    expect(await boundaryState()).toEqual(before);
    expect(
      (await t.request('GET', `/boundaries/${seeded.id}/divisions.geojson`, { key: KEYS.officer })).status,
    ).toBe(200);
    expect((await t.request('GET', '/boundaries', { key: KEYS.member })).status).toBe(403);
    expect((await t.request('GET', '/boundaries/not-a-generation', { key: ds })).status).toBe(404);
    expect(
      (
        await t.request('GET', '/boundaries/00000000-0000-4000-8000-000000000000/divisions.geojson', {
          key: ds,
        })
      ).status,
    ).toBe(404);
  });

  // Last: it changes the boundaries in force for this test API.
  it('withdraws a wrong upload before it takes effect, with an audit line, and refuses boundaries in effect', async () => {
    const r = await upload('label=Wrong%20file&effectiveFrom=2099-01-01', WGS84);
    expect(r.status).toBe(201);
    const id = (r.body as Uploaded).id;
    expect((await t.request('DELETE', `/boundaries/${id}`, { key: KEYS.officer })).status).toBe(403);
    const gone = await t.request('DELETE', `/boundaries/${id}`, { key: ds });
    expect(gone.status, gone.text).toBe(200);
    expect(gone.body).toEqual({ id, label: 'Wrong file' });
    expect((await t.request('GET', `/boundaries/${id}`, { key: KEYS.officer })).status).toBe(404);
    expect(await t.sql('SELECT 1 FROM divisions WHERE generation_id = $1', [id])).toHaveLength(0);
    const audit = await t.sql<{ actor: string; details: { label: string; effectiveFrom: string } }>(
      "SELECT actor, details FROM audit_log WHERE action = 'boundaries.withdrawn'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ label: 'Wrong file', effectiveFrom: '2099-01-01' });
    expect((await t.request('DELETE', `/boundaries/${id}`, { key: ds })).status).toBe(404);
    expect((await t.request('DELETE', '/boundaries/not-an-id', { key: ds })).status).toBe(404);

    const inUse = await t.request('DELETE', `/boundaries/${seeded.id}`, { key: ds });
    expect(inUse.status).toBe(409);
    expect((inUse.body as { message: string }).message).toContain(
      'has been in effect since 4 May 2017, so it cannot be withdrawn',
    );
    expect((await t.request('GET', `/boundaries/${seeded.id}`, { key: ds })).status).toBe(200);
  });

  it('plans with a generation once its date comes, and warns of members sitting for a division it lacks', async () => {
    const r = await upload(`label=Review%20in%20force&effectiveFrom=${today()}`, renamedQuorn());
    expect(r.status).toBe(201);
    const up = r.body as Uploaded;
    expect(up.inEffect).toBe(true);
    expect(up.rosterWarnings).toHaveLength(1);
    expect(up.rosterWarnings[0]).toMatch(/^Daniel Ashworth \(m044\) sits for "Quorn & Barrow"/);
    const now = await affected();
    expect(now).toContain('Quorn & Barrow upon Soar');
    expect(now).not.toContain('Quorn & Barrow');
    const list = (await t.request('GET', '/boundaries', { key: ds })).body as {
      inEffect: string;
      generations: Generation[];
    };
    expect(list.inEffect).toBe(up.id);
    expect(list.generations.find((g) => g.id === seeded.id)?.status).toBe('superseded');
  });
});
