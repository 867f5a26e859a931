import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '@member-alerts/protocol';
import { parse, stringify } from 'yaml';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const ds = { key: KEYS.democraticServices };

/**
 * A revision that defines opposition group leaders, and tells them and the chair of the body of a
 * sensitive report: the council's own choice, written for this test.
 */
function revisionWithOpposition(): string {
  const file = parse(readFixture('leicestershire', 'policy.yaml')) as {
    roles: Record<string, unknown>;
    kinds: Record<string, Record<string, unknown>>;
  };
  file.roles['opposition_group_leader'] = {
    label: 'the opposition group leaders',
    title: 'Opposition Group Leader',
  };
  const report = file.kinds['sensitive_report'];
  if (!report) throw new Error('the fixture has no sensitive_report kind');
  report['escalation'] = {
    to: [{ role: 'opposition_group_leader' }, { chairOfBody: true }],
    choice: 'The council tells the opposition and the chair of the committee of a sensitive report.',
  };
  return stringify(file);
}

interface MemberBody {
  roles: string[];
  chairs: string[];
}
interface PlanBody {
  recipients: { name: string; reasons: { relation: string; role?: string; chairOf?: string }[] }[];
}

describe("a member's roles and chairs are the council's rules'", () => {
  it('refuses a role or a body the rules in force do not define, in words', async () => {
    const role = await t.request('PATCH', '/members/m043', {
      ...ds,
      body: { roles: ['opposition_group_leader'] },
    });
    expect(role.status).toBe(400);
    expect(role.text).toContain('roles');
    const body = await t.request('PATCH', '/members/m043', { ...ds, body: { chairs: ['planning_board'] } });
    expect(body.status).toBe(400);
    expect(body.text).toContain('chairs');
  });

  it('takes a role a published revision adds, and the bodies a member chairs; both reach the plan', async () => {
    const published = await t.request('POST', `/policy/revisions?inForceFrom=${londonDate(new Date())}`, {
      ...ds,
      raw: revisionWithOpposition(),
      contentType: 'application/yaml',
    });
    expect(published.status, published.text).toBe(201);

    const leader = await t.request('PATCH', '/members/m043', {
      ...ds,
      body: { roles: ['opposition_group_leader'], chairs: ['scrutiny'] },
    });
    expect(leader.status, leader.text).toBe(200);
    expect(leader.body).toMatchObject({ roles: ['opposition_group_leader'], chairs: ['scrutiny'] });
    const name = (leader.body as { name: string }).name;

    // A body the rules do not define is still refused, naming the ones they do.
    const bad = await t.request('PATCH', '/members/m043', { ...ds, body: { chairs: ['planning_board'] } });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('chairs[0] must be one of: cabinet, scrutiny, regulatory');

    const ev = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: {
        kind: 'sensitive_report',
        title: 'Closure of Melton day centre',
        divisions: ['Oadby'],
        body: 'scrutiny',
        startsAt: '2099-03-20T10:00:00Z',
      },
    });
    expect(ev.status, ev.text).toBe(201);
    const told = (ev.body as { plan: PlanBody }).plan.recipients.find((r) => r.name === name);
    const escalations = told?.reasons.filter((x) => x.relation === 'escalation') ?? [];
    expect(escalations).toHaveLength(2);
    expect(escalations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'opposition_group_leader' }),
        expect.objectContaining({ chairOf: 'scrutiny' }),
      ]),
    );

    // The roster's CSV carries the chairs, and imports back with nothing to change.
    const csv = await t.request('GET', '/members/export.csv', ds);
    const row = csv.text.split('\r\n').find((l) => l.startsWith('m043,')) ?? '';
    expect(row).toMatch(/,opposition_group_leader,.*,scrutiny,$/);
    const again = await t.request('POST', '/members/import', {
      ...ds,
      raw: csv.text,
      contentType: 'text/csv',
    });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ added: [], changed: [] });
    const shown = await t.request('GET', '/members/m043', ds);
    expect(shown.body as MemberBody).toMatchObject({ chairs: ['scrutiny'] });

    // A file that gives the member another body to chair: previewed, then confirmed, then held.
    const moved = csv.text.replace(row, row.replace(/,scrutiny,$/, ',cabinet,'));
    const previewed = await t.request('POST', '/members/import', {
      ...ds,
      raw: moved,
      contentType: 'text/csv',
    });
    expect(previewed.status, previewed.text).toBe(200);
    const p = previewed.body as { token: string; changed: { id: string }[] };
    expect(p.changed.map((c) => c.id)).toEqual(['m043']);
    const confirmed = await t.request('POST', `/members/import/${p.token}/confirm`, { ...ds, body: {} });
    expect(confirmed.status, confirmed.text).toBe(200);
    const after = await t.request('GET', '/members/m043', ds);
    expect(after.body as MemberBody).toMatchObject({ chairs: ['cabinet'] });
  });
});
