import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../tools/testing/fixtures';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface ServedKind {
  key: string;
  label: string;
  hint: string;
  paragraph: string;
  urgent: boolean;
  requires: { field: string; label: string; because: string }[];
}

describe("GET /policy: the council's rules for the console", () => {
  it("gives a member the council's words and every kind its file recognises, as the form shows them", async () => {
    const r = await t.request('GET', '/policy', { key: KEYS.member });
    expect(r.status).toBe(200);
    const body = r.body as { council: { name: string; area: Record<string, string> }; kinds: ServedKind[] };
    expect(body.council).toEqual({
      name: 'Leicestershire County Council',
      area: { one: 'electoral division', many: 'electoral divisions', whole: 'the whole county' },
    });
    // Leicestershire's file recognises every kind the protocol names, in the same order.
    expect(body.kinds.map((k) => k.key)).toEqual([...EVENT_KINDS]);
    const incident = body.kinds.find((k) => k.key === 'major_incident');
    expect(incident).toMatchObject({
      label: 'Major incident (§35)',
      hint: 'Members for the division and the adjoining divisions, the Leader and the Deputy Leader are notified.',
      paragraph: '35',
      urgent: true,
    });
    expect(body.kinds.find((k) => k.key === 'consultation')?.urgent).toBe(false);
    const consultation = body.kinds.find((k) => k.key === 'consultation');
    expect(consultation?.requires.map((q) => q.field)).toContain('opensAt');
    expect(consultation?.requires.find((q) => q.field === 'opensAt')?.label).toMatch(/open/i);
  });

  it("gives each kind's own fields as the form words them, and the council's roles and bodies", async () => {
    const r = await t.request('GET', '/policy', { key: KEYS.officer });
    const body = r.body as {
      kinds: (ServedKind & {
        fields: { field: string; label: string; hint?: string; required: boolean }[];
      })[];
      roles: { key: string; label: string; title?: string; needsPortfolio?: boolean }[];
      bodies: { key: string; label: string }[];
    };
    const consultation = body.kinds.find((k) => k.key === 'consultation');
    // The hint quotes the council's timing, from its file: the code holds no "§" or "24 hours".
    expect(consultation?.fields[0]).toEqual({
      field: 'opensAt',
      label: 'When the consultation opens',
      hint: '§31: members are notified 24 hours before.',
      required: true,
      missing: 'Enter when the consultation opens',
    });
    expect(body.kinds.find((k) => k.key === 'public_meeting')?.fields.map((f) => f.field)).toContain(
      'affectedArea',
    );
    expect(body.roles.map((x) => [x.key, x.title, x.needsPortfolio ?? false])).toEqual([
      ['leader', 'Leader of the Council', false],
      ['deputy_leader', 'Deputy Leader', false],
      ['cabinet_lead_member', 'Cabinet Lead Member', true],
    ]);
    expect(body.bodies.find((b) => b.key === 'scrutiny')?.label).toBe('the Overview and Scrutiny Committee');
  });

  it("describes kind in the OpenAPI document as the council's kinds, and its bodies and roles", async () => {
    type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[] };
    const doc = (await t.request('GET', '/docs/openapi.json')).body as {
      paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: Schema }> } } }>;
    };
    const event = doc.paths['/events']?.post?.requestBody?.content['application/json']?.schema;
    expect(event?.properties?.['kind']?.enum).toEqual([...EVENT_KINDS]);
    expect(event?.properties?.['body']?.enum).toEqual([
      'cabinet',
      'scrutiny',
      'regulatory',
      'informal_panel',
      'working_party',
    ]);
    expect(event?.properties?.['escalate']?.items?.enum).toEqual([
      'leader',
      'deputy_leader',
      'cabinet_lead_member',
    ]);
  });

  it('is refused without a key', async () => {
    const r = await t.request('GET', '/policy');
    expect(r.status).toBe(401);
  });
});
