import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
const ds = { key: KEYS.democraticServices };
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

type Preview = { added: unknown[]; changed: unknown[]; leaving: unknown[]; unchanged: number };

const preview = async (list: 'members' | 'officers', csv: string) => {
  const r = await t.request('POST', `/${list}/import`, { ...ds, raw: csv, contentType: 'text/csv' });
  expect(r.status, r.text).toBe(200);
  return r.body as Preview;
};

/**
 * Exports the members, checks that the file imports back with nothing to change, and gives m001's row.
 * m901 took the seat m043 left, so the file has as many rows as the fixture.
 */
const m001ImportsBackUnchanged = async () => {
  const r = await t.request('GET', '/members/export.csv', ds);
  const fixtureRows = readFixture('leicestershire', 'members.csv').trim().split(/\r?\n/).length - 1;
  expect(await preview('members', r.text)).toMatchObject({ added: [], changed: [], unchanged: fixtureRows });
  return r.text.split('\r\n').find((l) => l.startsWith('m001,'));
};

describe('exporting the roster as CSV', () => {
  it('gives the members in the columns the import reads, and the file imports back with nothing to change', async () => {
    const r = await t.request('GET', '/members/export.csv', { key: KEYS.officer });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/filename="members.csv"/);
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,name,email,division,roles,portfolio,interests,chairs,mobile');
    const fixtureRows = readFixture('leicestershire', 'members.csv').trim().split(/\r?\n/).length - 1;
    expect(lines).toHaveLength(fixtureRows + 1);
    expect(lines.some((l) => /;/.test(l))).toBe(true);
    const again = await preview('members', r.text);
    expect(again).toMatchObject({ added: [], changed: [], leaving: [], unchanged: fixtureRows });
  });

  it('gives the officers the same way, and they import back unchanged', async () => {
    const r = await t.request('GET', '/officers/export.csv', ds);
    expect(r.status).toBe(200);
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,name,email,services');
    expect(lines).toHaveLength(13);
    const again = await preview('officers', r.text);
    expect(again).toMatchObject({ added: [], changed: [], leaving: [], unchanged: 12 });
  });

  it('defuses a cell a spreadsheet would run as a formula', async () => {
    const member = {
      externalId: 'm901',
      name: 'Alex Example',
      email: 'alex@members.leics.example',
      division: 'Oadby',
      interests: ['=HYPERLINK("http://evil.example","Click")'],
    };
    // Oadby elects two and has two: one leaves, so the newcomer fills a seat rather than over-filling it.
    expect((await t.request('DELETE', '/members/m043', ds)).status).toBe(200);
    const added = await t.request('POST', '/members', { ...ds, body: member });
    expect(added.status, added.text).toBe(201);
    const r = await t.request('GET', '/members/export.csv', ds);
    const row = r.text.split('\r\n').find((l) => l.startsWith('m901,')) ?? '';
    expect(row).toBe(
      `m901,Alex Example,alex@members.leics.example,Oadby,,,"'=hyperlink(""http://evil.example"",""click"")",,`,
    );
  });

  it('reads a defused cell back as it was, so the export still imports back with nothing to change', async () => {
    const topics = { topics: ['-transport', '+schools'] };
    expect((await t.request('PUT', '/members/m001/interests', { ...ds, body: topics })).status).toBe(200);
    try {
      expect(await m001ImportsBackUnchanged()).toMatch(/,'-transport; \+schools,,$/);
    } finally {
      await t.request('PUT', '/members/m001/interests', { ...ds, body: { topics: ['transport'] } });
    }
  });

  it('writes a mobile number as people write it, and the file imports back with nothing to change', async () => {
    const set = await t.request('PATCH', '/members/m001', { ...ds, body: { mobile: '+44 7700 900123' } });
    expect(set.status, set.text).toBe(200);
    try {
      expect(await m001ImportsBackUnchanged()).toMatch(/,07700 900123$/);
    } finally {
      await t.request('PATCH', '/members/m001', { ...ds, body: { mobile: null } });
    }
  });

  it('leaves out members who have left: the import would bring them back', async () => {
    expect((await t.request('DELETE', '/members/m901', ds)).status).toBe(200);
    const r = await t.request('GET', '/members/export.csv', ds);
    expect(r.text).not.toContain('m901,');
  });
});
