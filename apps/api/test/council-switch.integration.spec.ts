import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

// One database, started first for Leicestershire and then with COUNCIL=nottinghamshire (as a
// developer who runs `npm start` again with another COUNCIL and the same ./var would): the second
// council is seeded beside the first, and the development keys move to the council now served.
let leics: TestApi;
let notts: TestApi;

beforeAll(async () => {
  leics = await startTestApi();
  await leics.api.close();
  notts = await startTestApi({ COUNCIL: 'nottinghamshire', DATABASE_SCHEMA: leics.schema });
}, 180_000);

afterAll(async () => {
  await notts.close();
  // Its API is closed already; this drops its schema and ends its clients.
  await leics.close();
});

describe('the same database started for a second council', () => {
  it('seeds Nottinghamshire beside Leicestershire, each named from its policy file', async () => {
    const councils = await notts.sql<{ slug: string; name: string; members: number }>(
      `SELECT c.slug, c.name, (SELECT count(*)::int FROM ${leics.schema}.members m WHERE m.council_id = c.id) AS members
         FROM ${leics.schema}.councils c ORDER BY c.slug`,
    );
    expect(councils).toEqual([
      { slug: 'leicestershire', name: 'Leicestershire County Council', members: 55 },
      { slug: 'nottinghamshire', name: 'Nottinghamshire County Council', members: 66 },
    ]);
    const policy = await notts.request('GET', '/policy', { key: KEYS.officer });
    expect(policy.body).toMatchObject({ council: { name: 'Nottinghamshire County Council' } });
  });

  it("moves the development keys to Nottinghamshire's people, and plans its events with its roster", async () => {
    const member = await notts.request('GET', '/auth/session', { key: KEYS.member });
    expect(member.body).toMatchObject({
      role: 'member',
      name: 'Development member (m043, Nuthall & Kimberley)',
    });
    const officer = await notts.request('GET', '/auth/session', { key: KEYS.officer });
    expect(officer.body).toMatchObject({ contact: { name: 'Joanna Pell' } });
    // Leicestershire's Oadby is no division of Nottinghamshire.
    const oadby = await notts.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'service_change', title: 'Oadby library hours', divisions: ['Oadby'] },
    });
    expect(oadby.status).toBe(400);
    // A kind Leicestershire's rules have and Nottinghamshire's example leaves out.
    const partnership = await notts.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'partnership_action', title: 'Bus partnership', divisions: ['Mansfield South'] },
    });
    expect(partnership.status).toBe(400);
    // Refused by the API's document, which lists Nottinghamshire's kinds and not this one.
    const refusal = (partnership.body as { message: string }).message;
    expect(refusal).toMatch(/^kind must be one of: /);
    expect(refusal).toContain('service_change');
    expect(refusal).not.toContain('partnership_action');
    const mansfield = await notts.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'service_change', title: 'Mansfield library hours', divisions: ['Mansfield South'] },
    });
    expect(mansfield.status).toBe(201);
    const plan = (mansfield.body as { plan: { recipients: { name: string }[] } }).plan;
    expect(plan.recipients.map((r) => r.name)).toEqual(['Hamish Mattersey', 'Imogen Ranskill']);
  });
});
