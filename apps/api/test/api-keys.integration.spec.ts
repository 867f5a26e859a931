import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

type Problem = { field: string; message: string };
type ErrorBody = { message: string; errors?: Problem[] };
interface KeyView {
  id: string;
  name: string;
  role: string;
  prefix: string;
  member: { externalId: string; name: string } | null;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  status: 'active' | 'expired' | 'revoked';
}
type Created = KeyView & { key: string };

const ds = KEYS.democraticServices;
const DS_NAME = 'Development democratic services';
const NONE = '00000000-0000-4000-8000-000000000000';

const create = (body: unknown, key: string = ds) => t.request('POST', '/api-keys', { key, body });
const listKeys = async () =>
  (await t.request('GET', '/api-keys', { key: ds })) as {
    status: number;
    body: { keys: KeyView[] };
    text: string;
  };
const listed = async (id: string) => (await listKeys()).body.keys.find((k) => k.id === id);
const auditFor = (id: string) =>
  t.sql<{ actor: string; action: string; details: Record<string, unknown>; text: string }>(
    "SELECT actor, action, details, details::text AS text FROM audit_log WHERE details->>'keyId' = $1 ORDER BY id",
    [id],
  );

describe('API keys that democratic services issue and revoke', () => {
  it('creates an officer key, which works; lists it without its secret; revokes it, and it is refused at once', async () => {
    const made = await create({ name: 'Road works system', role: 'officer' });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    const key = made.body as Created;
    expect(key.key).toMatch(/^ma_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({
      name: 'Road works system',
      role: 'officer',
      prefix: key.key.slice(0, 8),
      createdBy: DS_NAME,
      lastUsedAt: null,
      expiresAt: null,
      status: 'active',
    });

    // The system uses it, as an officer.
    expect((await t.request('GET', '/events', { key: key.key })).status).toBe(200);
    const preview = await t.request('POST', '/events/preview', {
      key: key.key,
      body: { kind: 'road_works', title: 'Footway closure', major: true, divisions: ['Oadby'] },
    });
    expect(preview.status).toBe(200);
    const session = await t.request('GET', '/auth/session', { key: key.key });
    expect(session.body).toMatchObject({ role: 'officer', name: 'Road works system' });

    // Listed, with who made it and when it was last used, and never the key.
    const list = await listKeys();
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(key.key);
    expect(list.text).not.toContain(key.key.slice(8));
    const row = await expectEventually(
      () => listed(key.id),
      (k) => k?.lastUsedAt != null,
    );
    expect(row).toMatchObject({
      name: 'Road works system',
      role: 'officer',
      createdBy: DS_NAME,
      status: 'active',
    });
    expect(Object.keys(row ?? {})).not.toContain('key');
    expect(Object.keys(row ?? {})).not.toContain('keyHash');

    const gone = await t.request('DELETE', `/api-keys/${key.id}`, { key: ds });
    expect(gone.status).toBe(204);
    // The very next request is refused: the 10 s cache does not keep a revoked key alive.
    const refused = await t.request('GET', '/events', { key: key.key });
    expect(refused.status).toBe(401);
    expect((refused.body as ErrorBody).message).toMatch(/revoked/);
    expect(await listed(key.id)).toMatchObject({ status: 'revoked', revokedBy: DS_NAME });

    // Revoking again changes nothing and answers the same: the first revocation stands.
    expect((await t.request('DELETE', `/api-keys/${key.id}`, { key: ds })).status).toBe(204);

    const audit = await auditFor(key.id);
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      [DS_NAME, 'api_key.created'],
      [DS_NAME, 'api_key.revoked'],
    ]);
    expect(audit[0]?.details).toMatchObject({
      name: 'Road works system',
      role: 'officer',
      prefix: key.prefix,
    });
    for (const a of audit) expect(a.text).not.toContain(key.key.slice(8));
    const [stored] = await t.sql<{ text: string }>(
      'SELECT row_to_json(k)::text AS text FROM api_keys k WHERE id = $1',
      [key.id],
    );
    expect(stored?.text).not.toContain(key.key.slice(8));
  });

  it('records the last use at most once a minute, not on every request', async () => {
    const key = (await create({ name: 'FOI case management', role: 'officer' })).body as Created;
    expect((await t.request('GET', '/events', { key: key.key })).status).toBe(200);
    const first = (
      await expectEventually(
        () => listed(key.id),
        (k) => k?.lastUsedAt != null,
      )
    )?.lastUsedAt;
    for (let i = 0; i < 3; i++)
      expect((await t.request('GET', '/events', { key: key.key })).status).toBe(200);
    expect((await listed(key.id))?.lastUsedAt).toBe(first);
  });

  it('refuses a key from its expiry, even one used a moment before', async () => {
    const expiresAt = new Date(Date.now() + 3_000).toISOString();
    const made = await create({ name: 'Short-lived key', role: 'officer', expiresAt });
    expect(made.status).toBe(201);
    const key = made.body as Created;
    expect(key.expiresAt).toBe(expiresAt);
    expect((await t.request('GET', '/events', { key: key.key })).status).toBe(200);
    // Well before the cache would have let go of it (10 s).
    await expectEventually(
      async () => (await t.request('GET', '/events', { key: key.key })).status,
      (s) => s === 401,
      6_000,
    );
    expect(await listed(key.id)).toMatchObject({ status: 'expired' });
  });

  it('takes a bare expiry date as the last day the key works, UK time', async () => {
    const winter = (await create({ name: 'Winter', role: 'officer', expiresAt: '2099-01-31' }))
      .body as Created;
    expect(winter.expiresAt).toBe('2099-02-01T00:00:00.000Z');
    const summer = (await create({ name: 'Summer', role: 'officer', expiresAt: '2099-07-31' }))
      .body as Created;
    expect(summer.expiresAt).toBe('2099-07-31T23:00:00.000Z');
  });

  it('issues a member key for a named member, which reads that member’s alerts', async () => {
    const made = await create({ name: 'Oliver Belgrave’s phone', role: 'member', member: 'm043' });
    expect(made.status).toBe(201);
    const key = made.body as Created;
    expect(key.member).toMatchObject({ externalId: 'm043', name: 'Oliver Belgrave' });
    expect((await t.request('GET', '/members/me/alerts', { key: key.key })).status).toBe(200);
    expect((await t.request('GET', '/events', { key: key.key })).status).toBe(403);
    expect((await auditFor(key.id))[0]?.details).toMatchObject({ role: 'member', member: 'm043' });
  });

  it('names every field that is wrong, in words, and issues nothing', async () => {
    const before = (await listKeys()).body.keys.length;
    const cases: [unknown, string, RegExp][] = [
      [{}, 'name', /the name is required/],
      [{ name: 'x' }, 'role', /the role is required/],
      [{ name: '   ', role: 'officer' }, 'name', /the name is empty/],
      [{ name: 'x'.repeat(101), role: 'officer' }, 'name', /at most 100 characters/],
      [{ name: 'x', role: 'admin' }, 'role', /officer, democratic_services, member, leader or monitoring_officer/],
      [
        { name: 'x', role: 'officer', expiresAt: '2020-01-01' },
        'expiresAt',
        /the expiry date must be in the future/,
      ],
      [
        { name: 'x', role: 'officer', expiresAt: '2099-02-30' },
        'expiresAt',
        /the expiry date must be a date/,
      ],
      [{ name: 'x', role: 'officer', expiresAt: '2099-02-01T10:00' }, 'expiresAt', /time zone/],
      [{ name: 'x', role: 'member' }, 'member', /required for a member or leader key/],
      [{ name: 'x', role: 'leader', member: 'm999' }, 'member', /not a member on the roster/],
      [{ name: 'x', role: 'officer', member: 'm043' }, 'member', /only for member and leader keys/],
      [{ name: 'x', role: 'officer', secret: 'mine' }, 'secret', /is not a field/],
      [['name', 'x'], 'body', /JSON object/],
    ];
    for (const [body, field, message] of cases) {
      const r = await create(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      const b = r.body as ErrorBody;
      expect(
        b.errors?.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
      expect(b.message, JSON.stringify(body)).toMatch(message);
      expect(b.message).toMatch(/^the API key was not created: /);
    }
    expect((await listKeys()).body.keys.length).toBe(before);
  });

  it('answers 404 for a key that does not exist', async () => {
    for (const id of [NONE, 'not-a-uuid']) {
      const r = await t.request('DELETE', `/api-keys/${id}`, { key: ds });
      expect(r.status, id).toBe(404);
    }
  });

  it('lets only democratic services see, issue or revoke keys', async () => {
    const key = (await create({ name: 'Kept key', role: 'officer' })).body as Created;
    for (const other of [KEYS.officer, KEYS.member, KEYS.leader, key.key]) {
      expect((await t.request('GET', '/api-keys', { key: other })).status).toBe(403);
      expect((await create({ name: 'Mine now', role: 'democratic_services' }, other)).status).toBe(403);
      expect((await t.request('DELETE', `/api-keys/${key.id}`, { key: other })).status).toBe(403);
    }
    expect((await t.request('GET', '/api-keys')).status).toBe(401);
    expect(await listed(key.id)).toMatchObject({ status: 'active' });
    expect((await listKeys()).body.keys.filter((k) => k.name === 'Mine now')).toEqual([]);
  });
});
