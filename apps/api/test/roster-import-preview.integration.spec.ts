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

const ds = KEYS.democraticServices;
const MEMBERS_CSV = readFixture('leicestershire', 'members.csv');
const OFFICERS_CSV = readFixture('leicestershire', 'officers.csv');
const lines = MEMBERS_CSV.trim().split('\n');
// One row: Oliver Belgrave (m043) with a new e-mail address.
const ONE_ROW = [
  lines[0],
  lines.find((l) => l.startsWith('m043,'))?.replace('oliver.belgrave@', 'o.belgrave@'),
].join('\n');

type Ref = { id: string; name: string };
type Preview = {
  token: string;
  expiresAt: string;
  removeMissing: boolean;
  rosterSize: number;
  removeCountRequired: boolean;
  added: Ref[];
  changed: (Ref & { changes: { text: string }[] })[];
  unchanged: number;
  leaving: Ref[];
  kept: Ref[];
};

const preview = (path: string, csv: string) =>
  t.request('POST', path, { key: ds, raw: csv, contentType: 'text/csv' });
const confirm = (list: string, token: string, body: object = {}) =>
  t.request('POST', `/${list}/import/${token}/confirm`, { key: ds, body });
const activeMembers = async () => {
  const [r] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM members WHERE active');
  return r?.n;
};
const emailOf = async (externalId: string) =>
  (await t.sql<{ email: string }>('SELECT email FROM members WHERE external_id = $1', [externalId]))[0]
    ?.email;
const audit = (action: string) =>
  t.sql<{ actor: string; details: Record<string, unknown> }>(
    'SELECT actor, details FROM audit_log WHERE action = $1 ORDER BY id',
    [action],
  );

describe('a members import is a preview first', () => {
  it('a one-row file previews 1 change and 0 leaving, changes nothing until confirmed, then applies exactly it', async () => {
    const r = await preview('/members/import', ONE_ROW);
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    const p = r.body as Preview;
    expect(p).toMatchObject({ removeMissing: false, rosterSize: 55, unchanged: 0, leaving: [], added: [] });
    expect(p.kept).toHaveLength(54);
    expect(p.changed).toEqual([
      {
        id: 'm043',
        name: 'Oliver Belgrave',
        changes: [
          expect.objectContaining({
            text: 'E-mail: oliver.belgrave@members.leics.example → o.belgrave@members.leics.example',
          }),
        ],
      },
    ]);
    expect(await emailOf('m043')).toBe('oliver.belgrave@members.leics.example');
    expect(await activeMembers()).toBe(55);
    const previewed = await audit('roster.import_previewed');
    expect(previewed).toHaveLength(1);
    expect(previewed[0]?.actor).toBe('Development democratic services');
    expect(previewed[0]?.details).toMatchObject({ list: 'members', changed: 1, leaving: [], kept: 54 });

    const c = await confirm('members', p.token);
    expect(c.status, c.text.slice(0, 300)).toBe(200);
    expect(c.body).toMatchObject({ created: 0, updated: 1, unchanged: 0, deactivated: 0 });
    expect(await emailOf('m043')).toBe('o.belgrave@members.leics.example');
    expect(await activeMembers()).toBe(55);
    const imported = await audit('roster.imported');
    expect(imported.at(-1)?.details).toMatchObject({ list: 'members', updated: 1, deactivated: 0, left: [] });

    // A token confirms once.
    const again = await confirm('members', p.token);
    expect(again.status).toBe(410);
    expect((again.body as { message: string }).message).toMatch(/already confirmed; preview the file again/);
    const unknown = await confirm('members', 'not-a-token');
    expect(unknown.status).toBe(404);
  });

  it('with remove=missing lists the 54 who would leave and needs that count typed back', async () => {
    const one = await preview('/members/import?remove=missing', ONE_ROW);
    const p = one.body as Preview;
    expect(p).toMatchObject({ removeMissing: true, removeCountRequired: true });
    expect(p.leaving).toHaveLength(54);
    expect(p.leaving.map((x) => x.id)).toContain('m001');
    expect(p.kept).toEqual([]);

    const typeBack =
      'this file removes 54 of 55 from the roster: type that number back as removeCount to confirm';
    // Text for the count is refused by the API's document, which gives it as a whole number.
    for (const [body, message] of [
      [{}, typeBack],
      [{ removeCount: 53 }, typeBack],
      [{ removeCount: '54' }, 'removeCount must be a whole number, not text'],
    ] as const) {
      const wrong = await confirm('members', p.token, body);
      expect(wrong.status).toBe(400);
      expect((wrong.body as { message: string }).message).toBe(message);
    }
    expect(await activeMembers()).toBe(55);
    const ok = await confirm('members', p.token, { removeCount: 54 });
    expect(ok.status, ok.text.slice(0, 300)).toBe(200);
    expect(ok.body).toMatchObject({ deactivated: 54 });
    expect(await activeMembers()).toBe(1);

    // Put the roster back for the tests that follow.
    const back = (await preview('/members/import', MEMBERS_CSV)).body as Preview;
    expect(back.changed).toHaveLength(55);
    expect((await confirm('members', back.token)).status).toBe(200);
    expect(await activeMembers()).toBe(55);
  });

  it('refuses a confirmation once the roster has changed since the preview (409), and an expired preview (410)', async () => {
    // The roster is the fixture again (the test above put it back).
    const p = (await preview('/members/import', ONE_ROW.replace('o.belgrave@', 'oliver.b@'))).body as Preview;
    const edit = await t.request('PATCH', '/members/m001', {
      key: ds,
      body: { name: 'Teresa Kibworth-Hall' },
    });
    expect(edit.status).toBe(200);
    const stale = await confirm('members', p.token);
    expect(stale.status).toBe(409);
    expect((stale.body as { message: string }).message).toBe(
      'the roster changed since this preview; preview the file again',
    );
    expect(await emailOf('m043')).toBe('oliver.belgrave@members.leics.example');

    const q = (await preview('/members/import', ONE_ROW.replace('o.belgrave@', 'oliver.b@'))).body as Preview;
    await t.sql("UPDATE roster_import_previews SET expires_at = now() - interval '1 second'");
    const expired = await confirm('members', q.token);
    expect(expired.status).toBe(410);
    expect((expired.body as { message: string }).message).toMatch(/expired after 30 minutes/);
    expect(await emailOf('m043')).toBe('oliver.belgrave@members.leics.example');
  });

  it('refuses remove values other than "missing"', async () => {
    const r = await preview('/members/import?remove=all', ONE_ROW);
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/remove must be "missing"/);
  });
});

describe('the mobile column of a members import', () => {
  const m043 = lines.find((l) => l.startsWith('m043,')) ?? '';
  const mobileOf = async (externalId: string) =>
    (
      await t.sql<{ mobile: string | null }>('SELECT mobile FROM members WHERE external_id = $1', [
        externalId,
      ])
    )[0]?.mobile;

  it('refuses a number that is not a UK mobile, naming the row and column, and stores nothing', async () => {
    const r = await preview('/members/import', [`${lines[0]},mobile`, `${m043},0116 305 0001`].join('\n'));
    expect(r.status).toBe(400);
    expect((r.body as { errors: unknown[] }).errors).toEqual([
      { field: 'row 2, mobile', message: '"0116 305 0001" must be a UK mobile number, such as 07700 900123' },
    ]);
    expect(await mobileOf('m043')).toBeNull();
  });

  it('previews a number added in words, applies it on confirm, and a file without the column leaves it as it is', async () => {
    const p = (await preview('/members/import', [`${lines[0]},mobile`, `${m043},+44 7700 900123`].join('\n')))
      .body as Preview;
    expect(p.changed.map((c) => c.changes.map((x) => x.text))).toEqual([['Mobile: (none) → 07700 900123']]);
    expect(await mobileOf('m043')).toBeNull();
    const c = await confirm('members', p.token);
    expect(c.status, c.text.slice(0, 300)).toBe(200);
    expect(c.body).toMatchObject({ updated: 1, created: 0 });
    expect(await mobileOf('m043')).toBe('+447700900123');

    const without = (await preview('/members/import', [lines[0], m043].join('\n'))).body as Preview;
    expect([without.changed, without.unchanged]).toEqual([[], 1]);
    expect((await confirm('members', without.token)).status).toBe(200);
    expect(await mobileOf('m043')).toBe('+447700900123');

    const cleared = (await preview('/members/import', [`${lines[0]},mobile`, `${m043},`].join('\n')))
      .body as Preview;
    expect(cleared.changed.map((c) => c.changes.map((x) => x.text))).toEqual([
      ['Mobile: 07700 900123 → (none)'],
    ]);
    expect((await confirm('members', cleared.token)).status).toBe(200);
    expect(await mobileOf('m043')).toBeNull();
  });
});

describe('an officers import is a preview first', () => {
  it('keeps officers missing from the file unless asked, and applies the previewed change on confirm', async () => {
    const officers = OFFICERS_CSV.trim().split('\n');
    const csv = [officers[0], officers[1]?.replace('Highways;Road Works;Transport', 'Highways')].join('\n');
    const p = (await preview('/officers/import', csv)).body as Preview;
    expect(p.changed.map((c) => c.changes.map((x) => x.text))).toEqual([
      ['Services: Highways, Road Works, Transport → Highways'],
    ]);
    expect(p.kept).toHaveLength(officers.length - 2);
    const c = await confirm('officers', p.token);
    expect(c.status, c.text.slice(0, 300)).toBe(200);
    expect(c.body).toMatchObject({ updated: 1, deactivated: 0 });
    const [n] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM officers WHERE active');
    expect(n?.n).toBe(officers.length - 1);
  });
});
