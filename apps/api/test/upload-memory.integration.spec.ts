import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../tools/testing/fixtures';
import { type ApiChild, startApiProcess } from './support/api-child';
import { largeDivisions } from './support/large-boundaries';
import { KEYS } from './support/test-api';

// The API runs in a process of its own, with --expose-gc, so its heap is read after full collections.
let api: ApiChild;
beforeAll(async () => {
  api = await startApiProcess({}, ['--expose-gc']);
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const LEICESTERSHIRE = readFixture('leicestershire', 'divisions.geojson');
const today = new Date().toISOString().slice(0, 10);
const MB = 1024 * 1024;

async function request(method: string, path: string, key: string, raw?: string): Promise<number> {
  const res = await fetch(`${api.ready.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(raw === undefined ? {} : { 'content-type': 'application/geo+json' }),
    },
    ...(raw === undefined ? {} : { body: raw }),
  });
  await res.arrayBuffer();
  return res.status;
}

const upload = (raw: string, effectiveFrom: string) =>
  request('POST', `/boundaries?label=memory&effectiveFrom=${effectiveFrom}`, KEYS.democraticServices, raw);

/** The reads that build the API's per-generation structures: the map's GeoJSON and a division lookup. */
async function useBoundaries(): Promise<void> {
  expect(await request('GET', '/web/divisions.geojson', KEYS.officer)).toBe(200);
  expect(await request('GET', '/members?division=Oadby', KEYS.democraticServices)).toBe(200);
}

const heap = async () => {
  const m = await api.memory();
  expect(m.collected).toBe(true);
  return m.heapUsed;
};

describe('memory after large boundary uploads', () => {
  it('comes back to the baseline once a near-cap generation is superseded, however many were uploaded', async () => {
    // Baseline: the real Leicestershire boundaries in force and in use.
    expect(await upload(LEICESTERSHIRE, today)).toBe(201);
    await useBoundaries();
    const baseline = await heap();
    // Five divisions of 95,000 points each (near the per-division cap), about 10 MB of GeoJSON.
    const big = largeDivisions([95_000, 95_000, 95_000, 95_000, 95_000]);

    // A future generation is stored, and nothing of it stays in memory.
    expect(await upload(big, '2040-01-01')).toBe(201);
    const afterFuture = await heap();

    const inUse: number[] = [];
    const after: number[] = [];
    for (let round = 0; round < 3; round++) {
      expect(await upload(big, today)).toBe(201);
      await useBoundaries();
      inUse.push(await heap());
      expect(await upload(LEICESTERSHIRE, today)).toBe(201);
      await useBoundaries();
      after.push(await heap());
    }
    const held = Math.min(...inUse) - baseline;
    const report = `baseline ${(baseline / MB).toFixed(0)} MB; a near-cap generation in use holds ${(held / MB).toFixed(0)} MB; after the future upload ${(afterFuture / MB).toFixed(0)} MB; after each round ${after.map((b) => (b / MB).toFixed(0)).join(', ')} MB`;
    // While in force the large generation is kept (that is the cache working): its structures come
    // to about 21 MB, so a floor of 16 MB tells a kept generation from one rebuilt per request ...
    expect(held, report).toBeGreaterThan(16 * MB);
    // ... and once superseded it is let go: what remains is well under one such generation.
    expect(afterFuture - baseline, report).toBeLessThan(held / 2);
    for (const b of after) expect(b - baseline, report).toBeLessThan(held / 2);
  }, 240_000);
});
