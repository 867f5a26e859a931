import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';
import { standInConsoleBuild } from './support/web-dist';

const removeConsoleBuild = standInConsoleBuild();

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
  removeConsoleBuild();
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the web console module', () => {
  it('serves the console under /app/, with its own routes falling back to index.html', async () => {
    const root = await fetch(`${t.baseUrl}/`, { redirect: 'manual', headers: html });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app/');
    for (const path of ['/app/', '/app/events/new', '/app/roster/123/interests']) {
      const r = await t.request('GET', path, { headers: html });
      expect(r.status, path).toBe(200);
      expect(r.text).toContain('<div id="root">');
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    const asset = await t.request('GET', '/app/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await t.request('GET', '/app/assets/missing.js')).status).toBe(404);
    expect((await t.request('GET', '/app/..%2f..%2fpackage.json')).status).toBe(404);
  });

  it('leaves the API alone, even for a browser asking for HTML', async () => {
    const r = await t.request('GET', '/events', { headers: html });
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const ok = await t.request('GET', '/events', { key: KEYS.officer, headers: html });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ events: [] });
  });

  it('says who a key belongs to', async () => {
    const member = await t.request('GET', '/auth/session', { key: KEYS.member });
    expect(member.body).toMatchObject({
      role: 'member',
      member: { externalId: 'm043', name: 'Oliver Belgrave', division: 'Oadby' },
    });
    const officer = await t.request('GET', '/auth/session', { key: KEYS.officer });
    expect(officer.body).toMatchObject({ role: 'officer', memberId: null, member: null });
    expect((await t.request('GET', '/auth/session')).status).toBe(401);
    expect((await t.request('GET', '/auth/session', { key: 'no-such-key' })).status).toBe(401);
  });

  it('lists the development keys for the sign-in page only while DEV_KEYS is on', async () => {
    const r = await t.request('GET', '/auth/dev-keys');
    expect(r.status).toBe(200);
    // Named as the seed made them, with whose roster record each is.
    expect((r.body as { keys: { key: string; name: string }[] }).keys.map((k) => [k.key, k.name])).toEqual([
      ['dev-officer', 'Development officer'],
      ['dev-democratic-services', 'Development democratic services'],
      ['dev-leader', 'Development leader (m035)'],
      ['dev-member', 'Development member (m043, Oadby)'],
      ['dev-monitoring-officer', 'Development Monitoring Officer'],
    ]);
    expect((await t.request('GET', '/web/config')).body).toMatchObject({ devSignIn: true, basemapUrl: null });
  });

  it('finds postcodes, and names the field when it cannot', async () => {
    const r = await t.request('GET', '/postcodes/le182fz', { key: KEYS.officer });
    expect(r.body).toMatchObject({ postcode: 'LE18 2FZ', easting: 460308, northing: 298442 });
    const missing = await t.request('GET', '/postcodes/le19zz', { key: KEYS.officer });
    expect(missing.status).toBe(404);
    // The console shows this message beside the postcode field: it says which postcode.
    expect(missing.body).toMatchObject({
      errors: [{ field: 'postcode', message: expect.stringMatching(/^LE1 9ZZ was not found/) as unknown }],
    });
    const bad = await t.request('GET', '/postcodes/not-a-postcode', { key: KEYS.officer });
    expect(bad.status).toBe(400);
    expect((await t.request('GET', '/postcodes/LE182FZ', { key: KEYS.member })).status).toBe(403);
  });

  it("gives every role the divisions in force, named as plans name them, and the Leader this week's events", async () => {
    const fc = (await t.request('GET', '/web/divisions.geojson', { key: KEYS.member })).body as {
      features: { properties: { name: string } }[];
    };
    const names = fc.features.map((f) => f.properties.name);
    expect(names).toHaveLength(53);
    // LGBCE's "Name" property misspells it; plans use Division_n's spelling.
    expect(names).toContain('Castle Donington & Kegworth');

    const made = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'major_incident', title: 'Flooding', divisions: ['Oadby'] },
    });
    expect(made.status).toBe(201);
    const week = (await t.request('GET', '/web/week-events', { key: KEYS.leader })).body as {
      events: { title: string; affectedDivisions: string[] }[];
    };
    expect(week.events).toEqual([
      expect.objectContaining({ title: 'Flooding', affectedDivisions: ['Oadby'] }),
    ]);
    expect((await t.request('GET', '/web/week-events', { key: KEYS.member })).status).toBe(403);
  });
});

describe('the web console module without development keys', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ DEV_KEYS: 'false' });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('offers no development sign-in', async () => {
    expect((await prod.request('GET', '/auth/dev-keys')).status).toBe(404);
    expect((await prod.request('GET', '/web/config')).body).toMatchObject({ devSignIn: false });
  });
});
