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

// A revision that adds a kind the starting file does not have: a sale of council land.
const LAND_SALE = `
  land_sale:
    label: Sale of council land
    hint: Members for the division where the land is are notified.
    paragraph: '35'
    summary: The council proposes to sell land in the division.
    tell:
      who: local_members
      action: notify
      protocol: matters affecting their division
`;
const REVISED = `${readFixture('leicestershire', 'policy.yaml').trimEnd()}\n${LAND_SALE}`;
const landSale = { kind: 'land_sale', title: 'Sale of the old depot, Oadby', divisions: ['Oadby'] };

/** Every list of values the document gives, wherever it gives one. */
function enumsOf(node: unknown): unknown[][] {
  if (typeof node !== 'object' || node === null) return [];
  const own = 'enum' in node && Array.isArray(node.enum) ? [node.enum as unknown[]] : [];
  return [...own, ...Object.values(node).flatMap(enumsOf)];
}

describe('a kind added by a later revision', () => {
  it('is refused before the revision, and accepted and planned under it as soon as it is published, without a restart', async () => {
    const before = await t.request('POST', '/events', { key: KEYS.officer, body: landSale });
    expect(before.status).toBe(400);
    expect(before.text).toContain('kind');

    const today = londonDate(new Date());
    const published = await t.request('POST', `/policy/revisions?inForceFrom=${today}`, {
      key: KEYS.democraticServices,
      raw: REVISED,
      contentType: 'application/yaml',
    });
    expect(published.status, published.text).toBe(201);

    const after = await t.request('POST', '/events', { key: KEYS.officer, body: landSale });
    expect(after.status, after.text).toBe(201);
    const plan = (after.body as { plan: { kind: string; revision: { number: number }; recipients: unknown[] } })
      .plan;
    expect(plan).toMatchObject({ kind: 'land_sale', revision: { number: 2 } });
    expect(plan.recipients.length).toBeGreaterThan(0);

    // The document the API serves lists it among the kinds.
    const doc = await fetch(`${t.baseUrl}/docs/openapi.json`);
    const kinds = enumsOf(await doc.json()).filter((e) => e.includes('road_works'));
    expect(kinds.length).toBeGreaterThan(0);
    for (const listed of kinds) expect(listed).toContain('land_sale');

    // The register form and the Rules page read the revision in force, which has it.
    const form = await t.request('GET', '/policy', { key: KEYS.officer });
    expect(JSON.stringify(form.body)).toContain('Sale of council land');
    const rules = await t.request('GET', '/policy/rules', { key: KEYS.member });
    expect((rules.body as { kinds: { key: string }[] }).kinds.map((k) => k.key)).toContain('land_sale');
  });
});
