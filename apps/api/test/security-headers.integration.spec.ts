import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';
import { standInConsoleBuild } from './support/web-dist';

let t: TestApi;
let removeConsoleBuild: () => void = () => undefined;
beforeAll(async () => {
  removeConsoleBuild = standInConsoleBuild();
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
  removeConsoleBuild();
});

const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`any:${key}`).toString('base64')}` });

// Every kind of answer the server gives: API data, each error, the console, the docs and the dashboard.
const ANSWERS: readonly [string, string, string, Parameters<TestApi['request']>[2]][] = [
  ['API data', 'GET', '/events', { key: KEYS.officer }],
  ['health', 'GET', '/health/live', {}],
  ['401 without a key', 'GET', '/events', {}],
  ['403 for the wrong role', 'GET', '/members', { key: KEYS.member }],
  ['404 for no such route', 'GET', '/no-such-page', {}],
  ['400 for a body that is not JSON', 'POST', '/events', { key: KEYS.officer, raw: '{not json' }],
  ['the acknowledgement page', 'GET', '/alerts/00000000-0000-0000-0000-000000000000/acknowledge', {}],
  ['the console page', 'GET', '/app/', {}],
  ['a console file', 'GET', '/app/assets/app-abc123.js', {}],
  ['a missing console file', 'GET', '/app/assets/missing.js', {}],
  ['the API documentation', 'GET', '/docs', {}],
  ['the OpenAPI document', 'GET', '/docs/openapi.json', {}],
  ['the dashboard sign-in', 'GET', '/queues', {}],
  ['the dashboard', 'GET', '/queues', { headers: basic(KEYS.democraticServices) }],
  ['the dashboard API', 'GET', '/queues/api/queues', { key: KEYS.democraticServices }],
];

describe('security headers', () => {
  it.each(ANSWERS)('%s: no X-Powered-By, nosniff, and no framing', async (_, method, path, opts) => {
    const r = await t.request(method, path, opts);
    expect(r.status, `${method} ${path}`).toBeLessThan(500);
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
  });

  it('the docs and the dashboard also refuse framing through their content security policy', async () => {
    for (const [path, opts] of [
      ['/docs', {}],
      ['/queues', { headers: basic(KEYS.democraticServices) }],
    ] as const) {
      const r = await t.request('GET', path, opts);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });
});
