import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface OpenApi {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, { summary?: string }>>;
}

describe('the OpenAPI document', () => {
  it('builds, without a key, and lists the main paths with their methods', async () => {
    const r = await t.request('GET', '/docs/openapi.json');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const doc = r.body as OpenApi;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Member Alerts');
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods('/events')).toEqual(['get', 'post']);
    expect(methods('/events/preview')).toEqual(['post']);
    expect(methods('/events/{id}')).toEqual(['get', 'patch']);
    expect(methods('/events/{id}/cancel')).toEqual(['post']);
    expect(methods('/members/me/alerts')).toEqual(['get']);
    expect(methods('/alerts/{id}/acknowledge')).toEqual(['get', 'post']);
    expect(methods('/escalations')).toEqual(['get']);
    expect(methods('/health')).toEqual(['get']);
    // Every operation says what it does.
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) expect(op.summary, `${method} ${path}`).toBeTruthy();
    }
  });

  it('serves the documentation page at /docs', async () => {
    const r = await t.request('GET', '/docs');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.text).toMatch(/swagger-ui/i);
  });
});
