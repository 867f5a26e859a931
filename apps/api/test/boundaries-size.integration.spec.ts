import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeDivisions } from './support/large-boundaries';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  // Room for a file with more points than the per-file cap, which the default byte limit would stop.
  t = await startTestApi({ MAX_UPLOAD_BYTES: String(64 * 1024 * 1024) });
});
afterAll(async () => {
  await t?.close();
});

type ErrorBody = { message: string; errors?: { field: string; message: string }[] };

const upload = (raw: string) =>
  t.request('POST', '/boundaries?label=Big&effectiveFrom=2030-01-01', {
    key: KEYS.democraticServices,
    raw,
    contentType: 'application/geo+json',
  });

const generations = async () =>
  Number((await t.sql<{ n: string }>('SELECT count(*)::text AS n FROM boundary_generations'))[0]?.n);

describe('boundary files with too many points', () => {
  it('refuses a division over 100,000 points with 413, naming it and the cap; nothing is stored', async () => {
    const before = await generations();
    const r = await upload(largeDivisions([150_000, 500]));
    expect(r.status, r.text.slice(0, 500)).toBe(413);
    const body = r.body as ErrorBody;
    expect(body.errors?.map((e) => e.message)).toEqual([
      '"Harborough" (feature 0) has 150,000 points; at most 100,000 are allowed per division',
    ]);
    expect(body.message).toMatch(/Harborough.*150,000 points; at most 100,000 are allowed per division/);
    expect(await generations()).toBe(before);
  });

  it('refuses a file over 1,200,000 points in all with 413, naming the cap', async () => {
    const before = await generations();
    const r = await upload(largeDivisions(Array.from({ length: 13 }, () => 95_000)));
    expect(r.status, r.text.slice(0, 500)).toBe(413);
    expect((r.body as ErrorBody).errors?.map((e) => e.message)).toEqual([
      'the file has 1,235,000 points in all; at most 1,200,000 are allowed per file',
    ]);
    expect(await generations()).toBe(before);
  });

  it('accepts a division just under the cap', async () => {
    const r = await upload(largeDivisions([99_000]));
    expect(r.status, r.text.slice(0, 500)).toBe(201);
  });
});
