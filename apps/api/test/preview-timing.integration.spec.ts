import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface Recipient {
  name: string;
  kind: string;
  timing?: { words: string; digest: boolean };
}

// Oadby's two members: the dev-member key is Oliver Belgrave; Wendy Wymeswold keeps the defaults.
const preview = async () => {
  const r = await t.request('POST', '/events/preview', {
    key: KEYS.officer,
    body: { kind: 'service_change', title: 'Library opening hours', divisions: ['Oadby'] },
  });
  expect(r.status).toBe(200);
  return (r.body as { recipients: Recipient[] }).recipients;
};
const of = (rs: Recipient[], name: string) => rs.find((r) => r.name === name);

describe('the plan an officer previews says when preferences move a member’s notice', () => {
  it('names the daily summary for a member who takes one, and nothing for one who does not', async () => {
    expect(of(await preview(), 'Oliver Belgrave')?.timing).toBeUndefined();
    const put = await t.request('PUT', '/members/me/preferences', {
      key: KEYS.member,
      body: { quietHoursStart: null, quietHoursEnd: null, digest: true },
    });
    expect(put.status).toBe(200);
    const rs = await preview();
    const timing = of(rs, 'Oliver Belgrave')?.timing;
    expect(timing?.digest).toBe(true);
    expect(timing?.words).toMatch(/^in the daily summary at \d{1,2}(:\d\d)?(am|pm) (today|tomorrow)$/);
    expect(of(rs, 'Wendy Wymeswold')).toBeDefined();
    expect(of(rs, 'Wendy Wymeswold')?.timing).toBeUndefined();
  });
});
