import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

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
const ds = KEYS.democraticServices;
const fields = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => e.field);
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

describe('members one at a time', () => {
  const newcomer = {
    externalId: 'm100',
    name: 'Alex Example',
    email: 'Alex.Example@Members.Leics.Example',
    division: 'quorn and barrow',
    interests: ['  Libraries '],
  };

  it('adds a member, seated from today, and the next plan tells them', async () => {
    const { today } = await dates();
    // Every seat of the fixture is filled: Daniel Ashworth leaves first, so the division has room.
    expect((await t.request('DELETE', '/members/m044', { key: ds })).status).toBe(200);
    const r = await t.request('POST', '/members', { key: ds, body: newcomer });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      externalId: 'm100',
      email: 'alex.example@members.leics.example',
      division: 'Quorn & Barrow',
      roles: [],
      portfolio: null,
      interests: ['libraries'],
      active: true,
      seats: [{ division: 'Quorn & Barrow', termStart: today, termEnd: null }],
    });
    expect((await recipients()).map((x) => x.name)).toContain('Alex Example');
    const list = await t.request('GET', '/members?division=Quorn%20%26%20Barrow', { key: ds });
    expect((list.body as { members: Member[] }).members.map((m) => m.name).sort()).toEqual([
      'Alex Example',
      'Daniel Ashworth',
    ]);
  });

  it('seats a member from an earlier day when given one, and refuses a day after today', async () => {
    const { today } = await dates();
    const later = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const body = { externalId: 'm101', name: 'Sam Earlier', email: 'sam.earlier@members.leics.example' };
    expect((await t.request('DELETE', '/members/m025', { key: ds })).status).toBe(200);
    const before = await rosterState();
    const refused = await t.request('POST', '/members', {
      key: ds,
      body: { ...body, division: 'Launde', seatedFrom: later },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('must be today or earlier');
    const badDay = await t.request('POST', '/members', {
      key: ds,
      body: { ...body, division: 'Launde', seatedFrom: '2025-02-30' },
    });
    expect(badDay.status).toBe(400);
    expect(JSON.stringify(badDay.body)).toContain('must be a date written YYYY-MM-DD');
    expect(await rosterState()).toEqual(before);

    const r = await t.request('POST', '/members', {
      key: ds,
      body: { ...body, division: 'Launde', seatedFrom: '2025-05-01' },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      division: 'Launde',
      seats: [{ division: 'Launde', termStart: '2025-05-01', termEnd: null }],
    });
    const patched = await t.request('PATCH', '/members/m101', {
      key: ds,
      body: { seatedFrom: '2025-05-01' },
    });
    expect(patched.status).toBe(400);
    await t.request('DELETE', '/members/m101', { key: ds });
  });

  it('names every bad field at once and stores nothing', async () => {
    const before = await rosterState();
    // What the API's document refuses (a field it does not list, an id or a role not in its form)
    // is named first, from the document's own schema.
    const shape = await t.request('POST', '/members', {
      key: ds,
      body: {
        id: 'm 101',
        name: 'Eve',
        email: 'eve@x.example',
        division: 'Oadby',
        roles: ['mayor'],
        colour: 'blue',
      },
    });
    expect(shape.status).toBe(400);
    expect(fields(shape.body).sort()).toEqual(['colour', 'id', 'roles[0]']);
    const r = await t.request('POST', '/members', {
      key: ds,
      body: {
        id: 'm-eve',
        name: 'Eve <script>',
        email: 'eve@',
        division: 'Atlantis',
        interests: ['ok', 'two\r\nlines'],
      },
    });
    expect(r.status).toBe(400);
    expect(fields(r.body).sort()).toEqual(['division', 'email', 'interests[1]', 'name']);
    const missing = await t.request('POST', '/members', { key: ds, body: { name: 'Nobody' } });
    expect(missing.status).toBe(400);
    expect(fields(missing.body).sort()).toEqual(['division', 'email', 'externalId']);
    const lead = await t.request('POST', '/members', {
      key: ds,
      body: {
        ...newcomer,
        division: 'Launde',
        externalId: 'm102',
        email: 'm102@x.example',
        roles: ['cabinet_lead_member'],
      },
    });
    expect(lead.status).toBe(400);
    expect((lead.body as ErrorBody).errors).toEqual([
      { field: 'portfolio', message: 'a cabinet lead member needs a portfolio' },
    ]);
    const notJson = await t.request('POST', '/members', {
      key: ds,
      raw: '{"name": ',
      contentType: 'application/json',
    });
    expect(notJson.status).toBe(400);
    expect(await rosterState()).toEqual(before);
  });

  it('refuses a taken id, e-mail or leadership with 409', async () => {
    const before = await rosterState();
    const r = await t.request('POST', '/members', {
      key: ds,
      body: {
        ...newcomer,
        division: 'Launde',
        externalId: 'm001',
        email: 'teresa.kibworth@members.leics.example',
        roles: ['leader'],
      },
    });
    expect(r.status).toBe(409);
    expect(fields(r.body)).toEqual(['externalId', 'email', 'roles']);
    expect((r.body as ErrorBody).errors?.[2]?.message).toBe(
      'there can be only one leader: Catherine Kettering (m035) is',
    );
    expect(await rosterState()).toEqual(before);
  });

  it('moves a member to another division: the old seat ends, a new one starts', async () => {
    const { today, yesterday } = await dates();
    expect((await t.request('DELETE', '/members/m054', { key: ds })).status).toBe(200);
    const r = await t.request('PATCH', '/members/m043', {
      key: ds,
      body: { division: 'Valley', roles: ['cabinet_lead_member'], portfolio: 'Children and Families' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ division: 'Valley', portfolio: 'Children and Families' });
    expect((r.body as Member).seats).toEqual([
      { division: 'Valley', termStart: today, termEnd: null },
      { division: 'Oadby', termStart: '2025-05-01', termEnd: yesterday },
    ]);
    const audit = await t.sql<{ details: { member: string; changes: string[] } }>(
      "SELECT details FROM audit_log WHERE action = 'member.updated' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]?.details).toMatchObject({ member: 'm043', changes: ['portfolio', 'roles', 'division'] });
  });

  it('rejects a bad edit with every field named, changing nothing', async () => {
    const before = await rosterState();
    const r = await t.request('PATCH', '/members/m043', {
      key: ds,
      body: { email: 'nope', division: '', portfolio: null },
    });
    expect(r.status).toBe(400);
    // m043 is a cabinet lead member now, so clearing the portfolio is refused too.
    expect(fields(r.body).sort()).toEqual(['division', 'email', 'portfolio']);
    const shape = await t.request('PATCH', '/members/m043', { key: ds, body: { active: 'yes' } });
    expect(shape.status).toBe(400);
    expect(fields(shape.body)).toEqual(['active']);
    expect(await rosterState()).toEqual(before);
    expect((await t.request('PATCH', '/members/m999', { key: ds, body: { name: 'X' } })).status).toBe(404);
  });

  it('refuses a member who would over-fill a division, in the words an import uses, so the export still imports', async () => {
    const before = await rosterState();
    const gartree = [
      {
        field: 'division',
        message: '"Gartree" has 1 seat but this would give it 2 members: Gemma Bramley (m019) holds it',
      },
    ];
    const added = await t.request('POST', '/members', {
      key: ds,
      body: {
        externalId: 'm103',
        name: 'Extra Seat',
        email: 'extra.seat@members.leics.example',
        division: 'gartree',
      },
    });
    expect(added.status).toBe(409);
    expect((added.body as ErrorBody).errors).toEqual(gartree);
    const moved = await t.request('PATCH', '/members/m043', { key: ds, body: { division: 'Gartree' } });
    expect(moved.status).toBe(409);
    expect((moved.body as ErrorBody).errors).toEqual(gartree);
    expect(await rosterState()).toEqual(before);

    // A member already in a full division can still be edited, division and all.
    const same = await t.request('PATCH', '/members/m019', {
      key: ds,
      body: { division: 'Gartree', name: 'Gemma Bramley' },
    });
    expect(same.status).toBe(200);
    const csv = await t.request('GET', '/members/export.csv', { key: ds });
    const preview = await t.request('POST', '/members/import', {
      key: ds,
      raw: csv.text,
      contentType: 'text/csv',
    });
    expect(preview.status, preview.text).toBe(200);
  });

  it('deactivates on DELETE: the seat ends today, the record stays, and plans leave them out', async () => {
    const { today } = await dates();
    const r = await t.request('DELETE', '/members/m100', { key: ds });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ active: false, division: null });
    expect((r.body as Member).seats[0]).toMatchObject({ division: 'Quorn & Barrow', termEnd: today });
    expect((await t.request('GET', '/members/m100', { key: ds })).status).toBe(200);
    expect((await recipients()).map((x) => x.name)).not.toContain('Alex Example');
    const active = (await t.request('GET', '/members?active=true', { key: ds })).body as {
      members: Member[];
    };
    expect(active.members.map((m) => m.externalId)).not.toContain('m100');
    expect(await t.sql('SELECT 1 FROM members WHERE external_id = $1', ['m100'])).toHaveLength(1);
  });

  it('brings a member back with PATCH active: true, to their last division', async () => {
    const r = await t.request('PATCH', '/members/m100', { key: ds, body: { active: true } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ active: true, division: 'Quorn & Barrow' });
    expect((await recipients()).map((x) => x.name)).toContain('Alex Example');
  });

  it('answers 404 for a member that does not exist', async () => {
    expect((await t.request('GET', '/members/m999', { key: ds })).status).toBe(404);
    expect((await t.request('GET', '/members/not%20an%20id', { key: ds })).status).toBe(404);
    expect(
      (await t.request('DELETE', '/members/00000000-0000-4000-8000-000000000000', { key: ds })).status,
    ).toBe(404);
  });
});

describe('interests (§34)', () => {
  it('stores topics lower-cased and trimmed, and plans tell the member wherever the topic arises', async () => {
    const r = await t.request('PUT', '/members/m049/interests', {
      key: ds,
      body: { topics: [' Sustainable Drainage ', 'LIBRARIES', 'libraries'] },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ externalId: 'm049', topics: ['sustainable drainage', 'libraries'] });
    const read = await t.request('GET', '/members/m049/interests', { key: KEYS.officer });
    expect(read.body).toMatchObject({
      name: 'Olivia Diseworth',
      topics: ['sustainable drainage', 'libraries'],
    });

    const olivia = (await recipients({ ...roadWorks, topics: ['sustainable drainage'] })).find(
      (x) => x.name === 'Olivia Diseworth',
    );
    expect(olivia?.reasons).toContainEqual({
      relation: 'interest',
      paragraph: '34',
      topic: 'sustainable drainage',
    });
  });

  it('refuses HTML, line breaks, long topics and long lists, naming each', async () => {
    const before = await rosterState();
    const r = await t.request('PUT', '/members/m049/interests', {
      key: ds,
      body: { topics: ['<b>roads</b>', 'two\r\nlines', 'roads', 'flooding', ''] },
    });
    expect(r.status).toBe(400);
    expect(fields(r.body)).toEqual(['topics[0]', 'topics[1]', 'topics[4]']);
    // Too long, or not text: the API's document refuses them.
    const shape = await t.request('PUT', '/members/m049/interests', {
      key: ds,
      body: { topics: ['roads', 'x'.repeat(101), 42] },
    });
    expect(shape.status).toBe(400);
    expect(fields(shape.body)).toEqual(['topics[1]', 'topics[2]']);
    const many = await t.request('PUT', '/members/m049/interests', {
      key: ds,
      body: { topics: Array.from({ length: 51 }, (_, i) => `topic ${i}`) },
    });
    expect(many.status).toBe(400);
    expect((many.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'topics' });
    const none = await t.request('PUT', '/members/m049/interests', { key: ds, body: {} });
    expect(fields(none.body)).toEqual(['topics']);
    expect(await rosterState()).toEqual(before);
  });
});
