import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`any:${key}`).toString('base64')}` });

describe('the queue dashboard (Bull Board) at /queues', () => {
  it('asks a browser to sign in', async () => {
    const r = await t.request('GET', '/queues');
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Basic realm="Member Alerts queue"/);
  });

  it('opens for democratic services, with the key as the Basic password or a Bearer token', async () => {
    const page = await t.request('GET', '/queues', { headers: basic(KEYS.democraticServices) });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const api = await t.request('GET', '/queues/api/queues', { key: KEYS.democraticServices });
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain('notifications');
  });

  it.each([
    ['officer', KEYS.officer],
    ['member', KEYS.member],
    ['leader', KEYS.leader],
  ])('refuses the %s role', async (_, key) => {
    expect((await t.request('GET', '/queues', { headers: basic(key) })).status).toBe(403);
  });

  it('refuses a wrong key', async () => {
    expect((await t.request('GET', '/queues', { headers: basic('nope') })).status).toBe(401);
  });
});
