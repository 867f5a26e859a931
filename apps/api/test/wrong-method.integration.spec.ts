import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}
type ErrorBody = { statusCode: number; error: string; message: string; requestId?: string };

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const ds = KEYS.democraticServices;

describe('a method the path does not take', () => {
  it('is a 405 naming the methods it does take, in the usual error shape', async () => {
    const r = await t.request('DELETE', '/events', { key: ds });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, POST');
    const body = r.body as ErrorBody;
    expect(body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
    expect(body.message).toBe('DELETE is not allowed on /events; use GET or POST');
    expect(body.requestId).toBe(r.headers.get('x-request-id'));
  });

  it('is a 405 for every documented path and every method it does not document', async () => {
    const doc = (await t.request('GET', '/docs/openapi.json')).body as OpenApi;
    const templates = Object.entries(doc.paths).map(([template, ops]) => ({
      re: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
      methods: Object.keys(ops).map((m) => m.toUpperCase()),
    }));
    let tried = 0;
    for (const template of Object.keys(doc.paths)) {
      const path = template.replace(/\{[^}]+\}/g, SOME_ID);
      // A path such as /events/preview also matches /events/{id}: the literal one is the route, so
      // PATCH /events/preview is a 405, not an edit of an event called "preview".
      const matching = templates.filter((x) => x.re.test(path));
      const most = Math.max(...matching.map((x) => x.literals));
      const allowed = [...new Set(matching.filter((x) => x.literals === most).flatMap((x) => x.methods))];
      for (const method of METHODS.filter((m) => !allowed.includes(m))) {
        const r = await t.request(method, path, { key: ds });
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers.get('allow'), `${method} ${path}`).toBe([...allowed].sort().join(', '));
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(50);
  });

  it('is a 405 on the console too, whose routes are not in the document', async () => {
    const r = await t.request('POST', '/app/events', {});
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET');
  });

  it('comes before the key is checked, as a router answers', async () => {
    const r = await t.request('PUT', '/events', {});
    expect(r.status).toBe(405);
  });
});

describe('what keeps working', () => {
  it('an unknown path is still a 404', async () => {
    for (const method of ['GET', 'DELETE']) {
      const r = await t.request(method, '/no-such-thing', { key: ds });
      expect(r.status).toBe(404);
      expect((r.body as ErrorBody).message).toContain('/no-such-thing');
    }
  });

  it('HEAD answers as GET does, and OPTIONS lists the methods', async () => {
    const head = await t.request('HEAD', '/events', { key: ds });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    const options = await t.request('OPTIONS', '/events/preview', {});
    expect(options.status).toBe(204);
    // /events/preview also matches /events/{id}, but the literal path is the route.
    expect(options.headers.get('allow')).toBe('POST');
  });

  it('is a 405 where a literal path shadows a parameter, as an attack run found', async () => {
    for (const [method, path, allow] of [
      ['PATCH', '/events/preview', 'POST'],
      ['PATCH', '/members/export.csv', 'GET'],
      ['DELETE', '/officers/export.csv', 'GET'],
      ['GET', '/events/preview', 'POST'],
    ] as const) {
      const r = await t.request(method, path, { key: ds });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.get('allow'), `${method} ${path}`).toBe(allow);
    }
  });

  it('the documentation, the console and the queue board still answer', async () => {
    expect((await t.request('GET', '/docs')).status).toBe(200);
    expect((await t.request('GET', '/docs/openapi.json')).status).toBe(200);
    expect((await t.request('GET', '/app/')).status).not.toBe(405);
    expect((await t.request('HEAD', '/app/')).status).not.toBe(405);
    expect((await t.request('GET', '/queues', { key: ds })).status).toBe(200);
    expect((await t.request('GET', '/queues')).status).toBe(401);
  });
});
