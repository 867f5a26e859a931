import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

// A small limit, so the oversized body is cheap to send.
const MAX_BODY_BYTES = 64 * 1024;

let t: TestApi;
let eventId: string;

// LE2 5AA, Oadby, in WGS84 and as OS eastings and northings.
const OADBY = { type: 'Point', coordinates: [-1.082219, 52.598967] };
const OADBY_BNG = [462260, 300526];

const good = { kind: 'service_change', title: 'Library opening hours', location: OADBY };

beforeAll(async () => {
  t = await startTestApi({ MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  const r = await t.request('POST', '/events', { key: KEYS.officer, body: good });
  expect(r.status).toBe(201);
  eventId = (r.body as { id: string }).id;
});
afterAll(async () => {
  await t?.close();
});

interface Case {
  name: string;
  method: string;
  /** `:event` stands for an event that exists. */
  path: string;
  key?: string;
  body?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  /** The field (or route) the answer must name, in its message or its list of errors. */
  names: string;
}

const POST = { method: 'POST', path: '/events', key: KEYS.officer } as const;
const PATCH = { method: 'PATCH', path: '/events/:event', key: KEYS.officer } as const;

const cases: Case[] = [
  { ...POST, name: 'malformed JSON', raw: '{"kind": "road_works", "title": ', status: 400, names: 'body' },
  { ...POST, name: 'a JSON list, not an object', raw: '[1, 2]', status: 400, names: 'body' },
  {
    ...POST,
    name: 'plain text',
    raw: 'register this please',
    contentType: 'text/plain',
    status: 400,
    names: 'event',
  },
  {
    ...POST,
    name: 'a body in a charset other than UTF-8',
    raw: JSON.stringify(good),
    contentType: 'application/json; charset=koi8-r',
    status: 415,
    names: 'body',
  },
  {
    ...POST,
    name: 'GeoJSON with text for coordinates',
    body: { ...good, location: { type: 'Point', coordinates: ['east', 'north'] } },
    status: 400,
    names: 'location',
  },
  {
    ...POST,
    name: 'GeoJSON polygon whose ring is not closed',
    body: {
      ...good,
      location: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.09, 52.59],
            [-1.07, 52.59],
            [-1.07, 52.61],
          ],
        ],
      },
    },
    status: 400,
    names: 'location',
  },
  {
    ...POST,
    name: 'GeoJSON of an unknown type',
    body: { ...good, location: { type: 'Blob', coordinates: [1, 2] } },
    status: 400,
    names: 'location',
  },
  {
    ...POST,
    name: 'British National Grid coordinates given as WGS84',
    body: { ...good, location: { type: 'Point', coordinates: OADBY_BNG } },
    status: 400,
    names: 'location',
  },
  {
    ...POST,
    name: 'a location outside the county',
    body: { ...good, location: { type: 'Point', coordinates: [-0.1276, 51.5072] } },
    status: 400,
    names: 'location',
  },
  { ...POST, name: 'an unknown kind', body: { ...good, kind: 'alien_landing' }, status: 400, names: 'kind' },
  {
    ...POST,
    name: 'a payload over MAX_BODY_BYTES',
    body: { ...good, description: 'x'.repeat(MAX_BODY_BYTES + 1) },
    status: 413,
    names: 'body',
  },
  {
    ...POST,
    name: 'HTML in the title',
    body: { ...good, title: '<script>alert(1)</script>' },
    status: 400,
    names: 'title',
  },
  {
    ...POST,
    name: 'CRLF in the title',
    body: { ...good, title: 'Library hours\r\nBcc: everyone@example.com' },
    status: 400,
    names: 'title',
  },
  { ...POST, name: 'a number for the title', body: { ...good, title: 42 }, status: 400, names: 'title' },
  { ...POST, name: 'text for a flag', body: { ...good, major: 'yes' }, status: 400, names: 'major' },
  {
    ...POST,
    name: 'text for the list of divisions',
    body: { kind: 'service_change', title: 'x', divisions: 'Oadby' },
    status: 400,
    names: 'divisions',
  },
  {
    ...POST,
    name: 'a date that does not exist',
    body: { ...good, startsAt: '2027-02-30' },
    status: 400,
    names: 'startsAt',
  },
  { ...POST, name: 'an empty object', body: {}, status: 400, names: 'kind' },
  {
    ...POST,
    name: 'no title',
    body: { kind: 'service_change', location: OADBY },
    status: 400,
    names: 'title',
  },
  {
    ...POST,
    name: 'nowhere given',
    body: { kind: 'service_change', title: 'x' },
    status: 400,
    names: 'location',
  },
  { ...POST, name: 'an unknown field', body: { ...good, colour: 'red' }, status: 400, names: 'colour' },
  {
    ...PATCH,
    name: 'an edit with HTML in the title',
    body: { title: '<b>x</b>' },
    status: 400,
    names: 'title',
  },
  {
    ...PATCH,
    name: 'an edit with CRLF in the change note',
    body: { title: 'New hours', changeNote: 'a\r\nb' },
    status: 400,
    names: 'changeNote',
  },
  { ...PATCH, name: 'an edit that is a list', body: [{ title: 'x' }], status: 400, names: 'body' },
  {
    method: 'POST',
    path: '/events/:event/cancel',
    key: KEYS.officer,
    name: 'a cancellation reason with HTML',
    body: { reason: '<img src=x>' },
    status: 400,
    names: 'reason',
  },
  {
    ...PATCH,
    path: '/events/not-a-uuid',
    name: 'a bad UUID in an edit',
    body: { title: 'x' },
    status: 404,
    names: 'event',
  },
  {
    method: 'GET',
    path: '/events/not-a-uuid',
    key: KEYS.officer,
    name: 'a bad UUID',
    status: 404,
    names: 'event',
  },
  {
    method: 'GET',
    path: "/events/1'%20OR%20'1'='1/circulation",
    key: KEYS.officer,
    name: 'SQL in the path',
    status: 404,
    names: 'event',
  },
  {
    method: 'POST',
    path: '/alerts/not-a-uuid/acknowledge',
    key: KEYS.member,
    name: 'a bad UUID to acknowledge',
    status: 404,
    names: 'alert',
  },
  {
    method: 'GET',
    path: '/events?limit=-1',
    key: KEYS.officer,
    name: 'a negative limit',
    status: 400,
    names: 'limit',
  },
  {
    method: 'GET',
    path: '/events?from=yesterday',
    key: KEYS.officer,
    name: 'a date that is not ISO 8601',
    status: 400,
    names: 'from',
  },
  {
    method: 'GET',
    path: '/members/me/alerts?limit=lots',
    key: KEYS.member,
    name: 'a limit that is not a number',
    status: 400,
    names: 'limit',
  },
  {
    method: 'GET',
    path: '/no-such-thing',
    key: KEYS.officer,
    name: 'an unknown route',
    status: 404,
    names: '/no-such-thing',
  },
  {
    method: 'POST',
    path: '/events/:event/nonsense',
    key: KEYS.officer,
    name: 'an unknown action',
    body: {},
    status: 404,
    names: 'nonsense',
  },
  // Where an attack run found the API and its OpenAPI document apart.
  {
    method: 'POST',
    path: '/events/:event/cancel',
    key: KEYS.officer,
    name: 'a cancellation whose body is a list, [null, null]',
    body: [null, null],
    status: 400,
    names: 'body',
  },
  {
    method: 'GET',
    path: '/events?to=',
    key: KEYS.officer,
    name: 'an empty date filter',
    status: 400,
    names: 'to',
  },
  {
    method: 'GET',
    path: '/members?active=',
    key: KEYS.democraticServices,
    name: 'an empty true-or-false filter',
    status: 400,
    names: 'active',
  },
  {
    method: 'GET',
    path: '/events?limit=2147483648',
    key: KEYS.officer,
    name: 'a limit beyond the documented maximum',
    status: 400,
    names: 'limit',
  },
  // An address the calendar library refuses fails every invitation of its event: refused on the way in.
  ...[
    'eve@leics..example',
    'eve@-leics.example',
    'eve@leics.example?subject=x',
    'eve@leics.example#x',
  ].flatMap((email): Case[] => [
    {
      ...POST,
      name: `an event's contact ${email}`,
      body: { ...good, contact: { name: 'Eve', email } },
      status: 400,
      names: 'contact.email',
    },
    {
      method: 'POST',
      path: '/api-keys',
      key: KEYS.democraticServices,
      name: `an API key's contact ${email}`,
      body: { name: 'Road works system', role: 'officer', contact: { name: 'Eve', email } },
      status: 400,
      names: 'contact',
    },
    {
      method: 'POST',
      path: '/members',
      key: KEYS.democraticServices,
      name: `a member's address ${email}`,
      body: { externalId: 'm-eve', name: 'Eve Smith', email, division: 'Oadby' },
      status: 400,
      names: 'email',
    },
    {
      method: 'POST',
      path: '/auth/email-link',
      name: `a sign-in link to ${email}`,
      body: { email },
      status: 400,
      names: 'email',
    },
  ]),
  // A link whose user info (before the @) looks like the council's own site, but goes elsewhere.
  ...['https://www.leics.gov.uk@evil.example/', 'https://user:pw@www.leics.gov.uk/'].map((link): Case => ({
    ...POST,
    name: `a link with user info ${link}`,
    body: { ...good, link },
    status: 400,
    names: 'link',
  })),
  {
    ...PATCH,
    name: 'an edit to a link with user info',
    body: { link: 'https://www.leics.gov.uk@evil.example/' },
    status: 400,
    names: 'link',
  },
];

const count = async (table: string) =>
  Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

async function stored() {
  const out: Record<string, number> = {};
  for (const table of ['events', 'event_versions', 'notifications', 'audit_log'])
    out[table] = await count(table);
  const [v] = await t.sql<{ version: number; title: string }>(
    'SELECT version, title FROM events WHERE id = $1',
    [eventId],
  );
  return { ...out, version: v?.version, title: v?.title };
}

describe('bad input', () => {
  it.each(cases)('$name: $status naming "$names", storing nothing', async (c) => {
    const before = await stored();
    const r = await t.request(c.method, c.path.replace(':event', eventId), {
      ...(c.key ? { key: c.key } : {}),
      ...(c.raw !== undefined ? { raw: c.raw } : {}),
      ...(c.body !== undefined ? { body: c.body } : {}),
      ...(c.contentType ? { contentType: c.contentType } : {}),
    });
    expect(r.status).toBe(c.status);
    const body = r.body as { statusCode: number; message: string; errors?: { field: string }[] };
    expect(body.statusCode).toBe(c.status);
    const named = [body.message, ...(body.errors ?? []).map((e) => e.field)].join('\n');
    expect(named).toContain(c.names);
    expect(r.text).not.toMatch(/at [\w.]+ \(|node_modules/);
    expect(await stored()).toEqual(before);
  });

  it('still registers a good event afterwards', async () => {
    const r = await t.request('POST', '/events', { key: KEYS.officer, body: good });
    expect(r.status).toBe(201);
  });
});
