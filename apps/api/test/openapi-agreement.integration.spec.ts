import Ajv from 'ajv';
import type { OpenAPIObject } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

// Where an outside attack run found the API and the OpenAPI document it serves apart, one row each:
// the answer, and whether the document itself allows the request, which must agree (a body the
// document's schema refuses is refused; one it allows is not refused for its shape).

let t: TestApi;
let doc: OpenAPIObject;
let eventId: string;
let ajv: Ajv.Ajv;

const ds = KEYS.democraticServices;
const OADBY = { type: 'Point', coordinates: [-1.082219, 52.598967] };

beforeAll(async () => {
  t = await startTestApi();
  doc = (await t.request('GET', '/docs/openapi.json')).body as OpenAPIObject;
  ajv = new Ajv({ nullable: true, format: false, validateSchema: false });
  ajv.addSchema(doc, 'openapi');
  const r = await t.request('POST', '/events', {
    key: KEYS.officer,
    body: { kind: 'service_change', title: 'Library opening hours', location: OADBY },
  });
  eventId = (r.body as { id: string }).id;
  // Launde's one seat, free for the member the rows below add.
  expect((await t.request('DELETE', '/members/m025', { key: ds })).status).toBeLessThan(300);
});
afterAll(async () => {
  await t?.close();
});

const pointer = (...parts: string[]) =>
  `#/${parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

/** Whether the served document's schema for this operation's JSON body takes `body`. */
function documentAllows(method: string, template: string, body: unknown): boolean {
  const validate = ajv.getSchema(
    `openapi${pointer('paths', template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema')}`,
  );
  if (!validate) throw new Error(`the document gives no JSON body for ${method} ${template}`);
  return validate(body) as boolean;
}

interface BodyCase {
  name: string;
  method: string;
  template: string;
  path: () => string;
  key: string;
  body: unknown;
  /** The answer: refused naming `field`, or taken. */
  refused: string | false;
}

const bodyCases: BodyCase[] = [
  {
    name: 'a cancellation whose body is [null, null]',
    method: 'POST',
    template: '/events/{id}/cancel',
    path: () => `/events/${eventId}/cancel`,
    key: KEYS.officer,
    body: [null, null],
    refused: 'body',
  },
  {
    name: 'an API key whose contact is null',
    method: 'POST',
    template: '/api-keys',
    path: () => '/api-keys',
    key: ds,
    body: { name: 'Road works system', role: 'officer', contact: null },
    refused: 'contact',
  },
  {
    name: 'preferences whose digest is null',
    method: 'PUT',
    template: '/members/me/preferences',
    path: () => '/members/me/preferences',
    key: KEYS.member,
    body: { digest: null },
    refused: 'digest',
  },
  {
    name: 'a Citizen Space area with no divisions',
    method: 'PUT',
    template: '/producers/citizen-space/areas/{name}',
    path: () => '/producers/citizen-space/areas/Blaby',
    key: ds,
    body: { divisions: [] },
    refused: 'divisions',
  },
  {
    name: 'a new member given active, which only a change takes',
    method: 'POST',
    template: '/members',
    path: () => '/members',
    key: ds,
    body: {
      externalId: 'm-agree-1',
      name: 'Alex Example',
      email: 'alex.example@members.leics.example',
      division: 'Launde',
      active: true,
    },
    refused: 'active',
  },
  {
    name: 'a new member seated from an earlier day',
    method: 'POST',
    template: '/members',
    path: () => '/members',
    key: ds,
    body: {
      externalId: 'm-agree-2',
      name: 'Sam Example',
      email: 'sam.example@members.leics.example',
      division: 'Launde',
      seatedFrom: '2025-05-01',
    },
    refused: false,
  },
  {
    name: 'a change to a member given seatedFrom, which only adding takes',
    method: 'PATCH',
    template: '/members/{id}',
    path: () => '/members/m-agree-2',
    key: ds,
    body: { seatedFrom: '2025-05-02' },
    refused: 'seatedFrom',
  },
  {
    name: 'a change to a member that leaves the roster (active: false)',
    method: 'PATCH',
    template: '/members/{id}',
    path: () => '/members/m-agree-2',
    key: ds,
    body: { active: false },
    refused: false,
  },
];

type ErrorBody = { message: string; errors?: { field: string }[] };

describe('the API takes what its document allows, and refuses what it does not', () => {
  it.each(bodyCases)('$name', async (c) => {
    const allowed = documentAllows(c.method, c.template, c.body);
    expect(allowed, 'what the document says').toBe(c.refused === false);
    const before = await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    const r = await t.request(c.method, c.path(), { key: c.key, body: c.body });
    if (c.refused === false) {
      expect(r.status, r.text).toBeLessThan(300);
      return;
    }
    expect(r.status, r.text).toBe(400);
    const b = r.body as ErrorBody;
    expect(b.errors?.map((e) => e.field)).toContain(c.refused);
    expect(b.message).toContain(c.refused);
    expect(await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_log')).toEqual(before);
  });

  it('leaves an event that a [null, null] cancellation was sent for as it was', async () => {
    const [e] = await t.sql<{ status: string }>('SELECT status FROM events WHERE id = $1', [eventId]);
    expect(e?.status).toBe('active');
  });

  it.each([
    ['/events?to=', KEYS.officer, 'to'],
    ['/members?active=', ds, 'active'],
  ])('refuses an empty query value where the document gives a type: %s', async (path, key, field) => {
    const r = await t.request('GET', path, { key });
    expect(r.status).toBe(400);
    expect((r.body as ErrorBody).errors?.map((e) => e.field)).toEqual([field]);
  });

  it('refuses ?limit= beyond the maximum the document gives, and takes the maximum', async () => {
    const limit = doc.paths['/events']?.get?.parameters?.find((p) => 'name' in p && p.name === 'limit');
    const maximum =
      limit && 'schema' in limit && limit.schema && 'maximum' in limit.schema
        ? limit.schema.maximum
        : undefined;
    expect(maximum).toBeDefined();
    expect((await t.request('GET', `/events?limit=${maximum}`, { key: KEYS.officer })).status).toBe(200);
    const r = await t.request('GET', `/events?limit=${2 ** 31}`, { key: KEYS.officer });
    expect(r.status).toBe(400);
    expect((r.body as ErrorBody).errors?.map((e) => e.field)).toEqual(['limit']);
  });

  it.each([
    ['/events/preview', KEYS.officer, 'POST'],
    ['/members/export.csv', ds, 'GET'],
  ])('answers PATCH %s with 405 and the methods it takes', async (path, key, allow) => {
    const r = await t.request('PATCH', path, { key, body: {} });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe(allow);
  });
});
