import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '@member-alerts/protocol';
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
const FILE = readFixture('leicestershire', 'policy.yaml');
const yaml = (raw: string, key: string = ds) => ({ key, raw, contentType: 'application/yaml' });

// The revision a council might make: road works reach only the divisions they cross (§35 as
// written), and consultation notices go two days ahead instead of one.
const ROAD_WORKS_ADJOINING =
  /adjoining:\n {6}tell: always\n {6}choice: >-\n {8}Only §28 speaks of adjoining divisions\. The council tells their members of major road works\n[^\n]*\n/;
const REVISED = FILE.replace(
  ROAD_WORKS_ADJOINING,
  'adjoining:\n      tell: never\n      protocol: matters affecting their division\n',
).replace(/date: opensAt\n {6}hours: 24/, 'date: opensAt\n      hours: 48');

const roadWorks = {
  kind: 'road_works',
  title: 'A6 resurfacing, Loughborough to Mountsorrel',
  major: true,
  divisions: ['Quorn & Barrow', 'Loughborough South'],
};
const consultation = {
  kind: 'consultation',
  title: 'Oadby library opening hours consultation',
  divisions: ['Oadby'],
  opensAt: '2099-03-01T09:00:00Z',
};

interface PlanBody {
  revision?: { number: number; inForceFrom: string };
  adjoiningAlerted: boolean;
  recipients: { name: string; reasons: { relation: string }[] }[];
}
interface Registered {
  id: string;
  plan: PlanBody;
}
interface Preview {
  checked: number;
  unchanged: number;
  events: {
    id: string;
    revision: number;
    added?: unknown[];
    dropped?: { name: string; division?: string; reasons: { relation: string; division?: string }[] }[];
    timing?: string;
  }[];
}

const register = async (body: object) => {
  const r = await t.request('POST', '/events', { key: KEYS.officer, body });
  expect(r.status, r.text).toBe(201);
  return r.body as Registered;
};

describe("a council's rules as revisions", () => {
  it("starts with the council's policy file as revision 1, which anyone signed in can read and download", async () => {
    const list = await t.request('GET', '/policy/revisions', { key: KEYS.member });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      inForce: 1,
      revisions: [{ number: 1, inForceFrom: '2023-12-06', status: 'in_force', publishedBy: 'seed' }],
    });
    const file = await t.request('GET', '/policy/revisions/1', { key: KEYS.member });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(file.headers.get('content-disposition')).toContain('rules-revision-1.yaml');
    expect(file.text).toBe(FILE);
    expect((await t.request('GET', '/policy/revisions/7', { key: KEYS.member })).status).toBe(404);
  });

  it("gives the rules in words, saying which are the council's own choices", async () => {
    const r = await t.request('GET', '/policy/rules', { key: KEYS.member });
    expect(r.status).toBe(200);
    const body = r.body as {
      revision: { number: number };
      kinds: { key: string; covers: string; rules: { rule: string; says: string; basis?: object }[] }[];
      choices: { rule: string; reason: string; kinds: string[] }[];
    };
    expect(body.revision.number).toBe(1);
    const consult = body.kinds.find((k) => k.key === 'consultation');
    expect(consult?.rules.find((x) => x.rule === 'When')).toMatchObject({
      says: 'When: 24 hours before "When the consultation opens".',
      basis: { choice: expect.stringContaining('immediately prior to the outset') as string },
    });
    expect(consult?.rules.find((x) => x.rule === 'Who is told')?.basis).toEqual({
      protocol: 'the relevant member(s) should be notified immediately prior to the outset of the exercise',
    });
    expect(body.choices.map((c) => c.rule)).toEqual(expect.arrayContaining(['When', 'Adjoining divisions']));
  });

  it('names the revision in the plan, the audit line and the circulation text', async () => {
    const ev = await register({ ...roadWorks, title: 'Named revision' });
    expect(ev.plan.revision).toEqual({ number: 1, inForceFrom: '2023-12-06' });
    const circ = await t.request('GET', `/events/${ev.id}/circulation`, { key: KEYS.officer });
    expect(circ.text).toContain(
      "Planned under revision 1 of the council's rules, in force from Wednesday 6 December 2023.",
    );
    const audit = await t.request('GET', `/events/${ev.id}/audit.csv`, { key: ds });
    expect(audit.text.split('\r\n')[1]).toContain("Planned under revision 1 of the council's rules");
  });

  it('refuses a bad file with its line and key in words, and keeps the rules in force', async () => {
    const bad = FILE.replace(/date: opensAt\n {6}hours: 24/, 'date: closesAt\n      hours: 24');
    for (const path of ['/policy/check', '/policy/preview', '/policy/revisions?inForceFrom=2099-01-01']) {
      const r = await t.request('POST', path, yaml(bad));
      expect(r.status, path).toBe(400);
      const body = r.body as { message: string; errors: { field: string; message: string }[] };
      expect(body.errors, path).toEqual([
        {
          field: 'kinds.consultation.timing.date',
          message: expect.stringMatching(/^line \d+: a consultation does not require closesAt/) as string,
        },
      ]);
      expect(body.message).toMatch(/nothing of it was used/);
    }
    const list = await t.request('GET', '/policy/revisions', { key: ds });
    expect((list.body as { revisions: unknown[] }).revisions).toHaveLength(1);
    expect((await t.request('POST', '/policy/check', yaml(''))).status).toBe(400);
  });

  const edit = (from: string, to: string) => {
    expect(FILE).toContain(from);
    return FILE.replace(from, to);
  };
  const WORKING_DAYS = edit(
    '      at: before\n      date: opensAt\n      hours: 24',
    '      at: working_days_before\n      date: opensAt\n      days: 1',
  );
  it.each<[string, string, string, string, RegExp]>([
    [
      'a rule for a kind the file does not define',
      '/policy/check',
      edit(
        'preElection:\n  periods: []',
        'preElection:\n  periods: []\n  hold:\n    kinds: [press_enquiry, street_party]\n    choice: x',
      ),
      'preElection.hold.kinds[1]',
      /^line 4\d: "street_party" is not a kind the file defines/,
    ],
    [
      'a timing on a date the kind does not require',
      '/policy/check',
      edit('      date: opensAt', '      date: closesAt'),
      'kinds.consultation.timing.date',
      /^line \d+: a consultation does not require closesAt, so notice cannot be timed from it/,
    ],
    [
      // The roster holds the roles the file defines, so a rule naming any other is one it cannot hold.
      'a role the roster cannot hold',
      '/policy/check',
      edit('        - { role: deputy_leader }', '        - { role: deputy_mayor }'),
      'kinds.major_incident.escalation.to[1].role',
      /^line \d+: "deputy_mayor" is not one of the roles the file defines/,
    ],
    [
      'a number of holders other than one or many',
      '/policy/check',
      edit('title: Deputy Leader, holders: one }', 'title: Deputy Leader, holders: 2 }'),
      'roles.deputy_leader.holders',
      /^line 2\d: say how many members may hold the role at once: one or many/,
    ],
    [
      // The file itself is good; published from a day past the data, it is not.
      'a working-day rule that reaches past the bank-holiday data',
      '/policy/revisions?inForceFrom=2031-04-01',
      WORKING_DAYS,
      'kinds.consultation.timing.at',
      /^line \d+: working days cannot be counted for a revision taking effect on 2031-04-01: England and Wales bank holidays are known from 2024 to 2030/,
    ],
  ])('refuses %s, in words with the line and key', async (_name, path, text, field, message) => {
    const r = await t.request('POST', path, yaml(text));
    expect(r.status, r.text).toBe(400);
    const errors = (r.body as { errors: { field: string; message: string }[] }).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.message).toMatch(message);
  });

  it('checks a good file and gives its rules in words', async () => {
    const r = await t.request('POST', '/policy/check', yaml(REVISED));
    expect(r.status, r.text).toBe(200);
    const body = r.body as { inForceFrom: string; kinds: { key: string; rules: { says: string }[] }[] };
    expect(body.inForceFrom).toBe('2023-12-06');
    const roads = body.kinds.find((k) => k.key === 'road_works');
    expect(roads?.rules.map((x) => x.says)).toContain(
      'Members for the adjoining electoral divisions: never.',
    );
  });

  it('previews a revision against the events registered, publishes it, and keeps each event under its own revision', async () => {
    const roads = await register(roadWorks);
    const consult = await register(consultation);
    expect(roads.plan.adjoiningAlerted).toBe(true);
    const adjoining = roads.plan.recipients.filter((r) => r.reasons.every((x) => x.relation === 'adjoining'));
    expect(adjoining.length).toBeGreaterThan(0);

    // Members may not preview or publish.
    expect((await t.request('POST', '/policy/preview', yaml(REVISED, KEYS.officer))).status).toBe(403);
    const preview = await t.request('POST', '/policy/preview', yaml(REVISED));
    expect(preview.status, preview.text).toBe(200);
    const p = preview.body as Preview;
    expect(p.checked).toBeGreaterThanOrEqual(2);
    const roadsPreview = p.events.find((e) => e.id === roads.id);
    expect(roadsPreview?.revision).toBe(1);
    expect(roadsPreview?.added).toEqual([]);
    // Exactly the members told only as adjoining are dropped, each with the reason they were told.
    expect(roadsPreview?.dropped?.map((d) => d.name).sort()).toEqual(adjoining.map((a) => a.name).sort());
    expect(roadsPreview?.dropped?.every((d) => d.reasons.every((x) => x.relation === 'adjoining'))).toBe(
      true,
    );
    const consultPreview = p.events.find((e) => e.id === consult.id);
    expect(consultPreview?.dropped).toEqual([]);
    expect(consultPreview?.timing).toBe(
      'The notice would go on Friday 27 February 2099 at 9am, not on Saturday 28 February 2099 at 9am',
    );
    // Nothing was stored by the preview.
    expect((await t.sql('SELECT 1 FROM policy_revisions')).length).toBe(1);

    const today = londonDate(new Date());
    expect((await t.request('POST', '/policy/revisions?inForceFrom=2020-01-01', yaml(REVISED))).status).toBe(
      400,
    );
    const published = await t.request('POST', `/policy/revisions?inForceFrom=${today}`, yaml(REVISED));
    expect(published.status, published.text).toBe(201);
    expect(published.body).toMatchObject({ number: 2, inForceFrom: today, status: 'in_force' });
    const [line] = await t.sql<{ actor: string; details: { revision: number; takesEffect: string } }>(
      "SELECT actor, details FROM audit_log WHERE action = 'policy.published' AND actor <> 'seed'",
    );
    expect(line).toMatchObject({ details: { revision: 2, takesEffect: today } });
    const stored = await t.request('GET', '/policy/revisions/2', { key: KEYS.officer });
    expect(stored.text).toContain(`takesEffect: '${today}'`);
    expect(stored.text).toContain('hours: 48');

    // The road works registered under revision 1 keep it when edited: adjoining members still told.
    const edited = await t.request('PATCH', `/events/${roads.id}`, {
      key: KEYS.officer,
      body: { title: 'A6 resurfacing, now to Rothley', changeNote: 'further north' },
    });
    expect(edited.status, edited.text).toBe(200);
    const editedPlan = (edited.body as { plan: PlanBody }).plan;
    expect(editedPlan.revision?.number).toBe(1);
    expect(editedPlan.adjoiningAlerted).toBe(true);
    // A new event is planned under revision 2.
    const later = await register({ ...roadWorks, title: 'A6 resurfacing, second phase' });
    expect(later.plan.revision).toEqual({ number: 2, inForceFrom: today });
    expect(later.plan.adjoiningAlerted).toBe(false);

    // Revisions take effect in order.
    const older = await t.request('POST', '/policy/revisions?inForceFrom=2099-01-01', yaml(REVISED));
    expect(older.status).toBe(201);
    const before = await t.request('POST', '/policy/revisions?inForceFrom=2098-01-01', yaml(REVISED));
    expect(before.status).toBe(400);
    expect((before.body as { message: string }).message).toMatch(/on or after .* 2099, when revision 3/);
    const list = await t.request('GET', '/policy/revisions', { key: KEYS.member });
    expect(list.body).toMatchObject({
      inForce: 2,
      revisions: [
        { number: 3, status: 'future' },
        { number: 2, status: 'in_force' },
        { number: 1, status: 'superseded' },
      ],
    });

    // A stored file that no longer loads (written past the API, or by a later format) is never
    // half-used: the last good revision stays in force.
    await t.sql(
      "INSERT INTO policy_revisions (council_id, number, text, takes_effect, published_by) SELECT council_id, 4, 'format: 9', $1, 'someone' FROM policy_revisions WHERE number = 1",
      [today],
    );
    const still = await register({ ...roadWorks, title: 'A6 resurfacing, third phase' });
    expect(still.plan.revision).toEqual({ number: 2, inForceFrom: today });
  });
});
