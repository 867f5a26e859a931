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

  it('is refused without a key', async () => {
    const r = await t.request('GET', '/policy');
    expect(r.status).toBe(401);
  });
});
