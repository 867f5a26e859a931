import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api';

let t: TestApi | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('health', () => {
  it('readiness says which dependency is down, with 503, while liveness still answers', async () => {
    // Nothing listens on port 1: Redis is unreachable from the start.
    // Anything printed outside the logger (BullMQ prints unhandled connection errors, stack and all,
    // with console.error) would reach an operator as a stack trace.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      t = await startTestApi({ REDIS_URL: 'redis://127.0.0.1:1' });
      const ready = await t.request('GET', '/health');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down' } });
      expect((await t.request('GET', '/health/live')).status).toBe(200);
      expect(printed.mock.calls).toEqual([]);
    } finally {
      printed.mockRestore();
    }
  });

  it('readiness is 200 when PostgreSQL and Redis both answer', async () => {
    t = await startTestApi();
    const ready = await t.request('GET', '/health');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });
});
