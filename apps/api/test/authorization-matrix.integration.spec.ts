import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, type SignInTestApi, startSignInApi } from './support/oidc-provider';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

// Every endpoint in the OpenAPI document against every role. A new endpoint fails this test until
// it is given a row here, so nobody can add one without deciding who may call it.
type Role = 'officer' | 'democratic_services' | 'member' | 'leader' | 'monitoring_officer';
const ALL: Role[] = ['officer', 'democratic_services', 'member', 'leader', 'monitoring_officer'];
const STAFF: Role[] = ['officer', 'democratic_services'];
const DS: Role[] = ['democratic_services'];
const MEMBERS: Role[] = ['member', 'leader'];
// The Monitoring Officer reads the compliance report and the events behind it, and changes nothing.
const STAFF_READ: Role[] = [...STAFF, 'monitoring_officer'];
const REPORT: Role[] = ['democratic_services', 'monitoring_officer'];
const PUBLIC = 'public' as const;

const NONE = '00000000-0000-4000-8000-000000000000';

const MATRIX: Record<string, Role[] | typeof PUBLIC> = {
  'GET /health': PUBLIC,
  'GET /health/live': PUBLIC,
  // Its own gate: METRICS_TOKEN, or without it callers on the API's machine only (metrics tests).
  'GET /metrics': PUBLIC,
  'POST /events': STAFF,
  'POST /events/preview': STAFF,
  'GET /events': STAFF_READ,
  'GET /events/export.csv': STAFF,
  // A member or leader reads only an event they were told of; any other id is 404 (events-member tests).
  'GET /events/{id}': ALL,
  'PATCH /events/{id}': STAFF,
  'POST /events/{id}/cancel': STAFF,
  'GET /events/{id}/circulation': STAFF_READ,
  'GET /events/{id}/audit.csv': STAFF_READ,
  'GET /members': STAFF,
  'GET /members/export.csv': STAFF,
  'POST /members': DS,
  'POST /members/import': DS,
  'POST /members/import/{token}/confirm': DS,
  'GET /members/{id}': STAFF,
  'PATCH /members/{id}': DS,
  'DELETE /members/{id}': DS,
  'POST /members/{id}/erase': DS,
  'GET /members/{id}/interests': STAFF,
  'PUT /members/{id}/interests': DS,
  'GET /officers': STAFF,
  'GET /officers/export.csv': STAFF,
  'POST /officers': DS,
  'POST /officers/import': DS,
  'POST /officers/import/{token}/confirm': DS,
  'GET /officers/{id}': STAFF,
  'PATCH /officers/{id}': DS,
  'DELETE /officers/{id}': DS,
  'GET /boundaries': STAFF,
  'POST /boundaries': DS,
  'GET /boundaries/{id}': STAFF,
  'DELETE /boundaries/{id}': DS,
  'GET /boundaries/{id}/divisions.geojson': STAFF,
  'GET /members/me/alerts': MEMBERS,
  'GET /members/me/record': MEMBERS,
  'GET /members/me/preferences': MEMBERS,
  'PUT /members/me/preferences': MEMBERS,
  'GET /escalations': ['leader', 'democratic_services', 'monitoring_officer'],
  'GET /reports/compliance': REPORT,
  'GET /reports/compliance.csv': REPORT,
  'GET /reports/compliance/events': REPORT,
  // Keys for other council systems and people: issued, listed and revoked by democratic services only.
  'GET /api-keys': DS,
  'POST /api-keys': DS,
  'DELETE /api-keys/{id}': DS,
  // Amazon SNS holds no key: the message's signature is checked inside (producers tests).
  'POST /producers/street-manager': PUBLIC,
  // GOV.UK Notify holds no key: the council's callback token is checked inside (notify-receipts tests).
  'POST /notify/receipts': PUBLIC,
  'GET /producers/messages': DS,
  'GET /producers/connections': DS,
  // The table of Citizen Space areas is democratic services' to keep.
  'GET /producers/citizen-space/areas': DS,
  'PUT /producers/citizen-space/areas/{name}': DS,
  'DELETE /producers/citizen-space/areas/{name}': DS,
  // Acknowledgement: a signed link or the member's own key, checked inside (see alerts tests).
  'GET /alerts/{id}/acknowledge': PUBLIC,
  'POST /alerts/{id}/acknowledge': PUBLIC,
  // The web console's own reads.
  'GET /auth/session': ALL,
  'GET /auth/dev-keys': PUBLIC,
  // Single sign-on: where anyone starts; sign-out checks the session's CSRF token inside.
  'GET /auth/login': PUBLIC,
  'GET /auth/callback': PUBLIC,
  'POST /auth/logout': PUBLIC,
  'POST /auth/email-link': PUBLIC,
  'GET /auth/email-link/sign-in': PUBLIC,
  'POST /auth/email-link/sign-in': PUBLIC,
  'GET /web/config': PUBLIC,
  'GET /web/divisions.geojson': ALL,
  'GET /web/week-events': ['leader', 'officer', 'democratic_services', 'monitoring_officer'],
  'GET /postcodes/{code}': STAFF,
  'GET /places': STAFF,
  // The council's rules are the protocol everyone signed in works under.
  'GET /policy': ALL,
  'GET /policy/rules': ALL,
  'GET /policy/revisions': ALL,
  'GET /policy/revisions/{number}': ALL,
  // Revising the rules is democratic services' work.
  'POST /policy/check': DS,
  'POST /policy/preview': DS,
  'POST /policy/revisions': DS,
  // Notices a pre-election period holds: democratic services alone release or withdraw them.
  'GET /held-notices': DS,
  'POST /held-notices/{id}/release': DS,
  'POST /held-notices/{id}/withdraw': DS,
  // FOI requests and press enquiries waiting as drafts: any officer confirms or dismisses them.
  'GET /drafts': STAFF,
  'GET /drafts/{id}': STAFF,
  'POST /drafts/{id}/confirm': STAFF,
  'POST /drafts/{id}/dismiss': STAFF,
};

const KEY_OF: Record<Role, string> = {
  officer: KEYS.officer,
  democratic_services: KEYS.democraticServices,
  member: KEYS.member,
  leader: KEYS.leader,
  monitoring_officer: KEYS.monitoringOfficer,
};

const LOGIN_OF: Record<Role, string> = {
  officer: ACCOUNTS.officer.login,
  democratic_services: ACCOUNTS.democraticServices.login,
  member: ACCOUNTS.member.login,
  leader: ACCOUNTS.leader.login,
  monitoring_officer: ACCOUNTS.monitoringOfficer.login,
};

let s: SignInTestApi;
let t: TestApi;
let operations: string[] = [];
beforeAll(async () => {
  s = await startSignInApi();
  t = s.t;
  const doc = (await t.request('GET', '/docs/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
});
afterAll(async () => {
  await s?.close();
});

/** As a key holder (a string), or as a person signed in (the console's session headers). */
function call(op: string, who?: string | Record<string, string>) {
  const [method, path] = op.split(' ') as [string, string];
  // Ids that do not exist, and bodies that are wrong: an allowed caller gets 4xx for the input,
  // never 401 or 403, and nothing changes.
  const url = path
    .replace(/\{id\}/g, NONE)
    .replace('{code}', 'LE25AA')
    .replace('{token}', 'no-such-preview')
    .replace('{name}', 'No%20such%20area');
  const body = method === 'GET' || method === 'DELETE' ? undefined : { matrix: true };
  const as = typeof who === 'string' ? { key: who } : who ? { headers: who } : {};
  return t.request(method, url, { ...as, ...(body ? { body } : {}) });
}

describe('authorisation: every role against every endpoint', () => {
  it('has a row for every endpoint in the OpenAPI document, and no stale rows', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter((op) => !(op in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('asks for a key on every endpoint that is not public', async () => {
    for (const [op, allowed] of Object.entries(MATRIX)) {
      if (allowed === PUBLIC) continue;
      const r = await call(op);
      expect(r.status, `${op} without a key`).toBe(401);
    }
  });

  it('refuses an unknown key', async () => {
    const r = await call('GET /events', 'ma_not-a-real-key');
    expect(r.status).toBe(401);
  });

  async function checkRole(role: Role, who: string | Record<string, string>) {
    const seen: string[] = [];
    for (const [op, allowed] of Object.entries(MATRIX)) {
      if (allowed === PUBLIC) continue;
      const r = await call(op, who);
      const permitted = allowed.includes(role);
      if (permitted) {
        expect([401, 403], `${role}: ${op} answered ${r.status} ${r.text.slice(0, 200)}`).not.toContain(
          r.status,
        );
        expect(r.status, `${role}: ${op}`).toBeLessThan(500);
      } else {
        expect(r.status, `${role}: ${op} should be forbidden`).toBe(403);
        expect(r.text, `${role}: ${op}`).toContain(`the ${role} role may not do this`);
      }
      seen.push(op);
    }
    expect(seen.length).toBeGreaterThan(25);
  }

  it.each(ALL)('lets %s call exactly its endpoints with a key', async (role) => {
    await checkRole(role, KEY_OF[role]);
  });

  it.each(ALL)('lets %s call exactly its endpoints when signed in (session cookie)', async (role) => {
    const { jar } = await s.signIn(LOGIN_OF[role]);
    await checkRole(role, await s.sessionHeaders(jar));
  });
});

describe('rate limit per key', () => {
  it('answers 429 once a key has used its budget, while another key is unaffected', async () => {
    const limited = await startTestApi({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await limited.request('GET', '/events', { key: KEYS.officer })).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const refused = await limited.request('GET', '/events', { key: KEYS.officer });
      expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect((refused.body as { message: string }).message).toMatch(
        /^more than 5 requests a minute came with this API key: try again in \d+ seconds?$/,
      );
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await limited.request('GET', '/events', { key: KEYS.democraticServices })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
