import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const MEMBERS_CSV = readFixture('leicestershire', 'members.csv');
const OFFICERS_CSV = readFixture('leicestershire', 'officers.csv');

type Problem = { field: string; message: string };
type ErrorBody = { message: string; errors?: Problem[] };

const ds = KEYS.democraticServices;
const fields = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => e.field);
const importCsv = (path: string, csv: string, key: string = ds) =>
  t.request('POST', path, { key, raw: csv, contentType: 'text/csv' });

/** Everything the roster endpoints can write, so "nothing changed" is checked row for row. */
async function rosterState(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ['members', 'member_seats', 'officers', 'audit_log']) {
    const [r] = await t.sql<{ n: string; digest: string }>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM ${table} x`,
    );
    out[table] = `${r?.n}:${r?.digest}`;
  }
  return out;
}

describe('officers', () => {
  it('lists, adds, edits and retires officers', async () => {
    const list = await t.request('GET', '/officers', { key: KEYS.officer });
    expect(list.status).toBe(200);
    expect((list.body as { total: number }).total).toBe(12);

    const created = await t.request('POST', '/officers', {
      key: ds,
      body: { externalId: 'o100', name: 'Sam Officer', email: 'SAM@leics.example', services: ['Libraries'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'sam@leics.example', services: ['Libraries'], active: true });

    const edited = await t.request('PATCH', '/officers/o100', {
      key: ds,
      body: { services: ['Libraries', 'Museums'] },
    });
    expect(edited.body).toMatchObject({ services: ['Libraries', 'Museums'] });

    const gone = await t.request('DELETE', '/officers/o100', { key: ds });
    expect(gone.body).toMatchObject({ externalId: 'o100', active: false });
    const actions = await t.sql<{ action: string }>(
      "SELECT action FROM audit_log WHERE details->>'officer' = 'o100' ORDER BY id",
    );
    expect(actions.map((a) => a.action)).toEqual([
      'officer.created',
      'officer.updated',
      'officer.deactivated',
    ]);
  });

  it('names every bad field and stores nothing', async () => {
    const before = await rosterState();
    const r = await t.request('POST', '/officers', {
      key: ds,
      body: { externalId: 'o001', name: '', email: 'x', services: ['<b>roads</b>'] },
    });
    expect(r.status).toBe(400);
    expect(fields(r.body).sort()).toEqual(['email', 'externalId', 'name', 'services[0]']);
    // No services at all: the API's document refuses it (§30: an officer is relevant for something).
    const none = await t.request('POST', '/officers', {
      key: ds,
      body: { externalId: 'o999', name: 'Nobody', email: 'nobody@leics.example', services: [] },
    });
    expect(none.status).toBe(400);
    expect(fields(none.body)).toEqual(['services']);
    expect(await rosterState()).toEqual(before);
  });
});

describe('who may change the roster', () => {
  it('lets officers read but not write (403), and members neither', async () => {
    for (const path of [
      '/members',
      '/members/m001',
      '/members/m001/interests',
      '/officers',
      '/officers/o001',
    ])
      expect((await t.request('GET', path, { key: KEYS.officer })).status, path).toBe(200);
    const before = await rosterState();
    const writes: [string, string, object | string][] = [
      ['POST', '/members', { externalId: 'm200', name: 'A B', email: 'a@b.example', division: 'Oadby' }],
      ['PATCH', '/members/m001', { name: 'Changed' }],
      ['DELETE', '/members/m001', {}],
      ['PUT', '/members/m001/interests', { topics: ['x'] }],
      ['POST', '/members/import', MEMBERS_CSV],
      ['POST', '/members/import/no-such-preview/confirm', {}],
      ['POST', '/officers', { externalId: 'o200', name: 'A B', email: 'a@b.example', services: ['X'] }],
      ['PATCH', '/officers/o001', { name: 'Changed' }],
      ['DELETE', '/officers/o001', {}],
      ['POST', '/officers/import', OFFICERS_CSV],
      ['POST', '/officers/import/no-such-preview/confirm', {}],
    ];
    for (const [method, path, body] of writes) {
      const r =
        typeof body === 'string'
          ? await importCsv(path, body, KEYS.officer)
          : await t.request(method, path, { key: KEYS.officer, body });
      expect(r.status, `${method} ${path}`).toBe(403);
    }
    expect(await rosterState()).toEqual(before);
    for (const key of [KEYS.member, KEYS.leader])
      expect((await t.request('GET', '/members', { key })).status).toBe(403);
    expect((await t.request('GET', '/members')).status).toBe(401);
  });
});
