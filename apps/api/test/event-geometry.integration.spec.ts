import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bowtie, serpentine, square } from '../../../tools/testing/shapes';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
  // The first listing prepares its query: slow once, and not what these tests are about.
  expect((await t.request('GET', '/events', { key: KEYS.officer })).status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

const road = (location: unknown) => ({ kind: 'road_works', title: 'Resurfacing', location });
type Answer = { status: number; body: unknown };
const problems = (r: Answer) => (r.body as { errors?: { field: string; message: string }[] }).errors ?? [];

/** `n` points scattered at random over Leicestershire: every segment runs for kilometres. */
function scattered(n: number): number[][] {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: n }, () => [-1.55 + rnd() * 0.85, 52.4 + rnd() * 0.55]);
}

/**
 * A liveness probe's usual timeout (timeoutSeconds: 1 is Kubernetes' default): an answer
 * slower than this and an orchestrator restarts a healthy API. How fast matching is goes in
 * `npm run bench` (item 1, scattered 10,000-point lines against Turf); this bound is what the
 * council's IT team would notice, on however busy a machine.
 */
const PROBE_TIMEOUT_MS = 1_000;

/** The slowest answer to `probes` while `load` runs, polling until the load is done. */
async function slowestWhile(load: Promise<unknown>, probes: string[]): Promise<Record<string, number>> {
  let done = false;
  void load.finally(() => (done = true));
  const slowest: Record<string, number> = Object.fromEntries(probes.map((p) => [p, 0]));
  do {
    for (const path of probes) {
      const started = performance.now();
      const r = await t.request('GET', path, { key: KEYS.officer });
      expect(r.status, path).toBe(200);
      slowest[path] = Math.max(slowest[path] as number, performance.now() - started);
    }
  } while (!done);
  await load;
  const said = Object.entries(slowest).map(([path, ms]) => `${path} ${ms.toFixed(0)} ms`);
  console.log(`[event location] slowest answers under load: ${said.join(', ')}`);
  return slowest;
}

describe('the size of an event location', () => {
  it('refuses 15,000 scattered points at once, naming the limit', async () => {
    const started = performance.now();
    const r = await t.request('POST', '/events/preview', {
      key: KEYS.officer,
      body: road({ type: 'LineString', coordinates: scattered(15_000) }),
    });
    expect(r.status).toBe(400);
    expect(problems(r)).toEqual([
      { field: 'location', message: 'has 15,000 points; at most 10,000 are allowed' },
    ]);
    // Refused on the count, before any point is read into a geometry: well within a request's
    // time even on a loaded machine (the speed itself is the bench's to measure).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    [
      'a line of 10,000 scattered points (thousands of km)',
      { type: 'LineString', coordinates: scattered(10_000) },
      /^its lines and polygon edges run for [\d,]+ km in all; at most 500 km are allowed$/,
    ],
    [
      'a MultiPoint of 501 points',
      { type: 'MultiPoint', coordinates: scattered(501) },
      /^has 501 parts \(points, lines or polygon rings\); at most 500 are allowed$/,
    ],
  ])('refuses %s, and stores nothing', async (_, location, message) => {
    const r = await t.request('POST', '/events', { key: KEYS.officer, body: road(location) });
    expect(r.status).toBe(400);
    expect(problems(r)).toHaveLength(1);
    expect(problems(r)[0]?.field).toBe('location');
    expect(problems(r)[0]?.message).toMatch(message);
    const rows = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM events WHERE title = 'Resurfacing'`);
    expect(rows[0]?.n).toBe('0');
  });

  it('keeps /health/live and GET /events answering within a liveness probe timeout while the largest location allowed is previewed', async () => {
    const largest = road({ type: 'LineString', coordinates: serpentine(10_000) });
    // One after another, so that the probes meet each of them.
    const previews = (async () => {
      const answers: Answer[] = [];
      for (let i = 0; i < 4; i++) {
        answers.push(await t.request('POST', '/events/preview', { key: KEYS.officer, body: largest }));
      }
      return answers;
    })();
    const slowest = await slowestWhile(previews, ['/health/live', '/events?limit=5']);
    for (const r of await previews) {
      expect(r.status).toBe(200);
      // It crosses most of Leicestershire's 53 divisions.
      expect((r.body as { affectedDivisions: string[] }).affectedDivisions.length).toBeGreaterThan(30);
    }
    expect(slowest['/health/live']).toBeLessThan(PROBE_TIMEOUT_MS);
    expect(slowest['/events?limit=5']).toBeLessThan(PROBE_TIMEOUT_MS);
  });

  it('keeps /health/live and GET /events answering within a liveness probe timeout while scattered lines are sent', async () => {
    const sent = Promise.all(
      // 50,000 points make a body of 1.8 MB, under the 2 MB limit.
      [10_000, 15_000, 50_000].map((n) =>
        t.request('POST', '/events/preview', {
          key: KEYS.officer,
          body: road({ type: 'LineString', coordinates: scattered(n) }),
        }),
      ),
    );
    const slowest = await slowestWhile(sent, ['/health/live', '/events?limit=5']);
    for (const r of await sent) expect(r.status).toBe(400);
    expect(slowest['/health/live']).toBeLessThan(PROBE_TIMEOUT_MS);
    expect(slowest['/events?limit=5']).toBeLessThan(PROBE_TIMEOUT_MS);
  });
  it('keeps /health/live answering within a liveness probe timeout while a polygon of 10,000 points scribbled over 30 m is previewed', async () => {
    let seed = 3;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    // Every edge overlaps thousands of others: the worst case for the check that a ring crosses itself.
    const ring = Array.from({ length: 9_999 }, () => [-1.0822 + rnd() * 0.0005, 52.599 + rnd() * 0.0003]);
    ring.push(ring[0] as number[]);
    const preview = t.request('POST', '/events/preview', {
      key: KEYS.officer,
      body: road({ type: 'Polygon', coordinates: [ring] }),
    });
    const slowest = await slowestWhile(preview, ['/health/live']);
    const r = await preview;
    expect(r.status).toBe(200);
    expect((r.body as { warnings?: string[] }).warnings).toContain(
      'location: the polygon runs over itself so often that it was checked for crossings only in part',
    );
    expect(slowest['/health/live']).toBeLessThan(PROBE_TIMEOUT_MS);
  });
});

describe('the shape of an event location', () => {
  const [lon, lat] = [-1.082219, 52.598967]; // LE2 5AA, Oadby

  it.each([
    [
      'a polygon whose hole lies outside it',
      JSON.stringify(
        road({ type: 'Polygon', coordinates: [square(lon, lat, 0.01), square(lon + 0.05, lat, 0.002)] }),
      ),
      'ring 1: this hole lies outside the outer ring (ring 0); a hole must lie inside it',
    ],
    [
      'a position of four numbers',
      JSON.stringify(
        road({
          type: 'LineString',
          coordinates: [
            [lon, lat],
            [lon + 0.01, lat, 0, 7],
          ],
        }),
      ),
      'position 1: has 4 numbers; a position is [x, y] or [x, y, height]',
    ],
    [
      'an infinite height (1e999)',
      `{"kind":"road_works","title":"Resurfacing","location":{"type":"Point","coordinates":[${lon},${lat},1e999]}}`,
      'the height (third number) must be a finite number',
    ],
  ])('refuses %s with 400, saying where, for POST /events and its preview', async (_, raw, message) => {
    for (const path of ['/events', '/events/preview']) {
      const r = await t.request('POST', path, { key: KEYS.officer, raw });
      expect(r.status, path).toBe(400);
      expect(problems(r), path).toEqual([{ field: 'location', message }]);
    }
  });

  it('stores a polygon that crosses itself, with a warning in its plan that says where', async () => {
    const body = {
      ...road({ type: 'Polygon', coordinates: [bowtie(lon, lat, 0.01)] }),
      title: 'Crossing polygon',
    };
    const warning = `location: ring 0 crosses itself near [${Math.round(lon * 1e5) / 1e5}, ${Math.round(lat * 1e5) / 1e5}]; the divisions were matched to the polygon as drawn`;
    const preview = await t.request('POST', '/events/preview', { key: KEYS.officer, body });
    expect(preview.status).toBe(200);
    expect((preview.body as { warnings?: string[] }).warnings).toContain(warning);
    const created = await t.request('POST', '/events', { key: KEYS.officer, body });
    expect(created.status).toBe(201);
    const plan = (created.body as { plan: { affectedDivisions: string[]; warnings?: string[] } }).plan;
    expect(plan.affectedDivisions).toContain('Oadby');
    expect(plan.warnings).toContain(warning);
  });
});
