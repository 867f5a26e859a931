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

type Problem = { field: string; message: string };
type ErrorBody = { message: string; errors?: Problem[] };
type Seat = { division: string; termStart: string; termEnd: string | null };
type Member = {
  id: string;
  externalId: string;
  name: string;
  email: string;
  division: string | null;
  roles: string[];
  portfolio: string | null;
  interests: string[];
  active: boolean;
  seats: Seat[];
};
type Plan = {
  recipients: {
    name: string;
    division?: string;
    reasons: { relation: string; paragraph: string; topic?: string }[];
  }[];
};
type Counts = {
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  warnings: string[];
};

const ds = KEYS.democraticServices;
const fields = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => e.field);
const importCsv = (path: string, csv: string, key: string = ds) =>
  t.request('POST', path, { key, raw: csv, contentType: 'text/csv' });
/** Previews a file and confirms the preview, as the console does; `remove` lets people missing from it leave. */
async function importAndConfirm(path: string, csv: string, opts: { remove?: boolean } = {}) {
  const preview = await importCsv(`${path}${opts.remove ? '?remove=missing' : ''}`, csv);
  if (preview.status !== 200) return preview;
  const { token } = preview.body as { token: string };
  return t.request('POST', `${path}/${token}/confirm`, { key: ds, body: {} });
}
const member = async (ref: string) => (await t.request('GET', `/members/${ref}`, { key: ds })).body as Member;
const recipients = async (body: object = roadWorks) =>
  ((await t.request('POST', '/events/preview', { key: KEYS.officer, body })).body as Plan).recipients;

async function dates(): Promise<{ today: string; yesterday: string }> {
  const [d] = await t.sql<{ today: string; yesterday: string }>(
    'SELECT CURRENT_DATE::text AS today, (CURRENT_DATE - 1)::text AS yesterday',
  );
  return d as { today: string; yesterday: string };
}

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

/** The fixture with some rows replaced (by external id) or removed, and rows added. */
function editCsv(csv: string, edits: Record<string, string | null>, extra: string[] = []): string {
  const lines = csv.trim().split('\n');
  const out = lines.flatMap((line) => {
    const id = line.split(',')[0] ?? '';
    if (!(id in edits)) return [line];
    const next = edits[id];
    return next === null || next === undefined ? [] : [next];
  });
  return [...out, ...extra].join('\n');
}

describe('importing the members CSV', () => {
  it('rejects a bad file with every bad row named, and changes nothing', async () => {
    const before = await rosterState();
    const csv = editCsv(MEMBERS_CSV, {
      m002: 'm002,Priya Cadeby,not-an-email,Belvoir,,,',
      m040: 'm040,Frank Knossington,frank.knossington@members.leics.example,Atlantis,,,',
      m020: 'm020,William <b>Pellow</b>,william.pellow@members.leics.example,"Glenfields, Kirby Muxloe & Leicester Forests",mayor,,',
      m031: 'm031,Chloe Radcliffe,chloe.radcliffe@members.leics.example,Lutterworth,leader,,',
    });
    const r = await importCsv('/members/import', csv);
    expect(r.status).toBe(400);
    expect((r.body as ErrorBody).message).toMatch(/5 problem\(s\); nothing was imported/);
    expect(fields(r.body)).toEqual([
      'row 3, email',
      'row 21, name',
      'row 21, roles',
      'row 36, roles', // m031 now claims the leadership, so m035's is the second claim
      'row 41, division',
    ]);
    expect((r.body as ErrorBody).errors?.[4]?.message).toBe('"Atlantis" is not a division of this council');
    expect(await rosterState()).toEqual(before);
  });

  it('rejects an empty file and a file sent as JSON, changing nothing', async () => {
    const before = await rosterState();
    const empty = await importCsv('/members/import', 'id,name,email,division,roles,portfolio,interests\n');
    expect(empty.status).toBe(400);
    expect((empty.body as ErrorBody).errors?.[0]?.message).toMatch(/no members/);
    const json = await t.request('POST', '/members/import', { key: ds, body: { csv: MEMBERS_CSV } });
    expect(json.status).toBe(415);
    expect((json.body as ErrorBody).message).toMatch(/text\/csv/);
    expect(await rosterState()).toEqual(before);
  });

  it('updates, moves, adds and retires members in one import, keeping seat history', async () => {
    const { today, yesterday } = await dates();
    const csv = editCsv(
      MEMBERS_CSV,
      {
        m001: 'm001,Teresa Kibworth-Hall,teresa.kibworth@members.leics.example,Ashby de la Zouch,cabinet_lead_member,Economic Development and Property,transport',
        m044: 'm044,Daniel Ashworth,daniel.ashworth@members.leics.example,rothley and mountsorrel,,,',
        // The two swap seats: a division never has more members than it elects.
        m045: 'm045,Jasvinder Hartley,jasvinder.hartley@members.leics.example,Quorn & Barrow,,,flooding',
        m055: null,
      },
      ['m056,Nadia Newcombe,nadia.newcombe@members.leics.example,Whitwick,,,flooding'],
    );
    const r = await importAndConfirm('/members/import', csv, { remove: true });
    expect(r.status).toBe(200);
    const counts = r.body as Counts;
    expect(counts).toMatchObject({ created: 1, updated: 3, unchanged: 51, deactivated: 1 });

    expect((await member('m001')).name).toBe('Teresa Kibworth-Hall');
    const moved = await member('m044');
    expect(moved.division).toBe('Rothley & Mountsorrel');
    expect(moved.seats).toEqual([
      { division: 'Rothley & Mountsorrel', termStart: today, termEnd: null },
      { division: 'Quorn & Barrow', termStart: '2025-05-01', termEnd: yesterday },
    ]);
    const gone = await member('m055');
    expect(gone).toMatchObject({ active: false, division: null });
    expect(gone.seats[0]).toEqual({ division: 'Whitwick', termStart: '2025-05-01', termEnd: today });
    const added = await member('m056');
    expect(added).toMatchObject({ active: true, division: 'Whitwick', interests: ['flooding'] });

    // The next plan sees the new roster at once.
    const daniel = (await recipients()).find((x) => x.name === 'Daniel Ashworth');
    expect(daniel?.division).toBe('Rothley & Mountsorrel');

    const audit = await t.sql<{ actor: string; details: Counts & { list: string; left: string[] } }>(
      "SELECT actor, details FROM audit_log WHERE action = 'roster.imported' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]?.actor).toBe('Development democratic services');
    expect(audit[0]?.details).toMatchObject({ list: 'members', created: 1, deactivated: 1, left: ['m055'] });

    // The same file again changes nothing.
    const again = await importAndConfirm('/members/import', csv, { remove: true });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 55, deactivated: 0 });

    // The original file brings Dev Dunmore back to his seat and retires the newcomer.
    const back = await importAndConfirm('/members/import', MEMBERS_CSV, { remove: true });
    expect(back.body).toMatchObject({ created: 0, updated: 4, unchanged: 51, deactivated: 1 });
    expect(back.body).toMatchObject({ warnings: [] });
    expect(await member('m055')).toMatchObject({ active: true, division: 'Whitwick' });
    expect((await member('m044')).division).toBe('Quorn & Barrow');
  });
});

describe('importing the officers CSV', () => {
  it('imports an officers CSV, or reports every bad row and imports nothing', async () => {
    const before = await rosterState();
    const bad = await importCsv(
      '/officers/import',
      `${OFFICERS_CSV.trim()}\no013,No Services,none@leics.example,\no001,Twin,twin@leics.example,Roads\n`,
    );
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['row 14, services', 'row 15, id']);
    expect(await rosterState()).toEqual(before);

    const lines = OFFICERS_CSV.trim().split('\n');
    const good = await importAndConfirm(
      '/officers/import',
      [...lines.slice(0, -1), 'o013,Nina Newby,nina.newby@leics.example,Flooding;Drainage'].join('\n'),
      { remove: true },
    );
    expect(good.status).toBe(200);
    // The last fixture officer is not in the file and removal was chosen, so leaves; the rest are as they were.
    expect(good.body).toMatchObject({ created: 1, updated: 0, unchanged: 11, deactivated: 1 });
    const active = (await t.request('GET', '/officers?active=true', { key: ds })).body as {
      officers: { externalId: string }[];
    };
    expect(active.officers.map((o) => o.externalId)).toContain('o013');
    expect(active.officers).toHaveLength(12);
  });
});

describe('CSV imports apply the limits of the single-record endpoints', () => {
  it('rejects long names and portfolios, and unsafe or overlong topics and services, naming each row; nothing is stored', async () => {
    const before = await rosterState();
    const members = MEMBERS_CSV.trim().split('\n');
    const long = 'L'.repeat(201);
    const bad = await importCsv(
      '/members/import',
      [
        ...members.slice(0, -2),
        `m054,${long},long.name@members.leics.example,Valley,cabinet_lead_member,${long},roads`,
        `m055,Ok Name,ok.name@members.leics.example,Whitwick,,,<b>roads</b>;${'t'.repeat(101)}`,
      ].join('\n'),
    );
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual([
      'row 55, name',
      'row 55, portfolio',
      'row 56, interests',
      'row 56, interests',
    ]);
    const officers = OFFICERS_CSV.trim().split('\n');
    const services = Array.from({ length: 51 }, (_, i) => `Service ${i}`).join(';');
    const badOfficers = await importCsv(
      '/officers/import',
      [
        ...officers,
        `o013,Many Services,many@leics.example,${services}`,
        'o014,Html,html@leics.example,<i>Roads</i>',
      ].join('\n'),
    );
    expect(badOfficers.status).toBe(400);
    expect(fields(badOfficers.body)).toEqual(['row 14, services', 'row 15, services']);
    expect(await rosterState()).toEqual(before);
  });
});

describe('a members CSV must fit the seats and the row limit', () => {
  const header = 'id,name,email,division,roles,portfolio,interests';
  const person = (i: number, division: string) => `p${i},Person ${i},person.${i}@x.example,${division},,,`;

  it('refuses more members in a division than it has seats, naming the division and both numbers; nothing is stored', async () => {
    const before = await rosterState();
    // 31 people in Launde (one seat), then three in Oadby (two seats).
    const launde = Array.from({ length: 31 }, (_, i) => person(i, 'Launde'));
    const oadby = [31, 32, 33].map((i) => person(i, 'Oadby'));
    const r = await importCsv('/members/import', [header, ...launde, ...oadby].join('\n'));
    expect(r.status, r.text.slice(0, 500)).toBe(400);
    expect((r.body as ErrorBody).errors).toEqual([
      { field: 'row 3, division', message: '"Launde" has 1 seat but the file gives it 31 members' },
      { field: 'row 35, division', message: '"Oadby" has 2 seats but the file gives it 3 members' },
    ]);
    expect(await rosterState()).toEqual(before);
  });

  it('refuses a file of 29,815 people in one one-seat division at the row limit, before checking each row', async () => {
    const before = await rosterState();
    const people = Array.from({ length: 29_815 }, (_, i) => person(i, 'Launde'));
    const r = await importCsv('/members/import', [header, ...people].join('\n'));
    expect(r.status, r.text.slice(0, 500)).toBe(400);
    expect((r.body as ErrorBody).errors).toEqual([
      {
        field: 'row 2002',
        message: 'the file has 29,815 rows after the header; at most 2,000 are allowed per file',
      },
    ]);
    const officers = Array.from({ length: 2_001 }, (_, i) => `o${i},Officer ${i},o${i}@x.example,Roads`);
    const o = await importCsv('/officers/import', ['id,name,email,services', ...officers].join('\n'));
    expect(o.status).toBe(400);
    expect((o.body as ErrorBody).errors?.[0]?.message).toMatch(/2,001 rows .* at most 2,000/);
    expect(await rosterState()).toEqual(before);
  });
});
