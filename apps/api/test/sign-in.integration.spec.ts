import { signInLinkToken } from '@member-alerts/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  browse,
  CookieJar,
  type SignInTestApi,
  signInThrough,
  startSignInApi,
  startTestProvider,
  type TestProvider,
} from './support/oidc-provider';
import { expectEventually, startTestApi, type TestApi } from './support/test-api';

let s: SignInTestApi;
let t: TestApi;
let idp: TestProvider;
let publicUrl: string;

beforeAll(async () => {
  s = await startSignInApi();
  ({ t, idp, publicUrl } = s);
}, 60_000);
afterAll(async () => {
  await s?.close();
});

const cookieOf = (jar: CookieJar) => `ma_session=${jar.get(publicUrl, 'ma_session') ?? ''}`;
const signIn = (login: string) => s.signIn(login);

async function session(cookie: string) {
  return t.request('GET', '/auth/session', { headers: { cookie } });
}

describe('single sign-on with the authorization code flow and PKCE', () => {
  it('sends the browser to the provider with a PKCE challenge, state and nonce', async () => {
    const r = await t.request('GET', '/auth/login', { manual: true });
    expect(r.status).toBe(302);
    const to = new URL(r.headers.get('location') ?? '');
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('redirect_uri')).toBe(`${publicUrl}/auth/callback`);
    expect(to.searchParams.get('scope')).toBe('openid profile email');
    for (const p of ['code_challenge', 'state', 'nonce']) expect(to.searchParams.get(p)).toBeTruthy();
  });

  it('signs an officer in by the mapped app role and e-mail, and the session says who they are', async () => {
    const { jar, last } = await signIn(ACCOUNTS.officer.login);
    expect(last.location).toBe(`${publicUrl}/app/`);
    const setCookie = jar.get(publicUrl, 'ma_session');
    expect(setCookie).toBeTruthy();
    const r = await session(cookieOf(jar));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ role: 'officer', name: 'Helen Marsden', memberId: null, via: 'session' });
    expect((r.body as { csrfToken: string }).csrfToken).toMatch(/^[\w-]{40,}$/);
    // Only a hash of the session id is stored.
    const rows = await t.sql<{ token_hash: string; email: string }>(
      'SELECT token_hash, email FROM web_sessions',
    );
    expect(rows.map((x) => x.email)).toContain('helen.marsden@leics.example');
    expect(rows.map((x) => x.token_hash)).not.toContain(setCookie);
  });

  it('sets the cookie HttpOnly and SameSite=Lax (not Secure on plain http)', async () => {
    const jar = new CookieJar();
    const last = await signInThrough(jar, `${publicUrl}/auth/login`, ACCOUNTS.officer.login, (u) =>
      u.startsWith(`${publicUrl}/auth/callback`),
    );
    const res = await fetch(last.location ?? '', {
      redirect: 'manual',
      headers: { cookie: jar.header(publicUrl) },
    });
    const line = res.headers.getSetCookie().find((c) => c.startsWith('ma_session=')) ?? '';
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(line).not.toMatch(/Secure/);
  });

  it('matches a member to their member record case-insensitively, so My alerts are their own', async () => {
    const { jar } = await signIn(ACCOUNTS.member.login);
    const r = await session(cookieOf(jar));
    expect(r.body).toMatchObject({ role: 'member', name: 'Oliver Belgrave', member: { externalId: 'm043' } });
    const alerts = await t.request('GET', '/members/me/alerts', { headers: { cookie: cookieOf(jar) } });
    expect(alerts.status).toBe(200);
  });

  it('takes the strongest of several roles, and preferred_username when there is no email claim', async () => {
    const leader = await session(cookieOf((await signIn(ACCOUNTS.leader.login)).jar));
    expect(leader.body).toMatchObject({ role: 'leader', member: { externalId: 'm035' } });
    const ds = await session(cookieOf((await signIn(ACCOUNTS.democraticServices.login)).jar));
    expect(ds.body).toMatchObject({ role: 'democratic_services', name: 'Raj Patel' });
  });

  it('tells a person with no role, in plain words, to ask democratic services', async () => {
    const { jar, last } = await signIn(ACCOUNTS.noRole.login);
    expect(last.status).toBe(403);
    expect(last.text).toContain('no Member Alerts role');
    expect(last.text).toContain('democratic services');
    expect(jar.get(publicUrl, 'ma_session')).toBeUndefined();
  });

  it('tells a person not on the roster, in plain words, to ask democratic services', async () => {
    const { last } = await signIn(ACCOUNTS.stranger.login);
    expect(last.status).toBe(403);
    expect(last.text).toContain('not on the Member Alerts roster');
    expect(last.text).toContain('pat.nobody@leics.example');
    expect(last.text).toContain('democratic services');
  });
});

describe('answers from the provider that are not right', () => {
  /** Signs in at the provider but stops before the API's callback; gives its address. */
  async function callbackUrl(
    jar: CookieJar,
    login = ACCOUNTS.officer.login,
    start = `${publicUrl}/auth/login`,
  ) {
    const last = await signInThrough(jar, start, login, (u) => u.startsWith(`${publicUrl}/auth/callback`));
    return new URL(last.location ?? '');
  }

  it('refuses a tampered state with a page, not a 500', async () => {
    const jar = new CookieJar();
    const url = await callbackUrl(jar);
    url.searchParams.set('state', 'not-the-state-we-sent');
    const r = await browse(jar, url.href);
    expect(r.status).toBe(400);
    expect(r.text).toContain('Sign-in did not finish');
    expect(jar.get(publicUrl, 'ma_session')).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const jar = new CookieJar();
    const url = await callbackUrl(jar);
    const pending = JSON.parse(
      Buffer.from(jar.get(publicUrl, 'ma_login') ?? '', 'base64url').toString(),
    ) as Record<string, string>;
    jar.set(
      publicUrl,
      'ma_login',
      Buffer.from(JSON.stringify({ ...pending, nonce: 'another-nonce' })).toString('base64url'),
    );
    const r = await browse(jar, url.href);
    expect(r.status).toBe(400);
    expect(jar.get(publicUrl, 'ma_session')).toBeUndefined();
  });

  it('refuses an answer from another issuer', async () => {
    const other = await startTestProvider({
      redirectUri: `${publicUrl}/auth/callback`,
      postLogoutUri: `${publicUrl}/app/`,
    });
    try {
      const jar = new CookieJar();
      const start = await browse(jar, `${publicUrl}/auth/login`);
      const at = new URL(start.location ?? '');
      const elsewhere = `${other.issuer}${at.pathname}${at.search}`;
      const url = await callbackUrl(jar, ACCOUNTS.officer.login, elsewhere);
      expect(url.searchParams.get('iss')).toBe(other.issuer);
      const r = await browse(jar, url.href);
      expect(r.status).toBe(400);
      expect(jar.get(publicUrl, 'ma_session')).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('refuses a code issued to another application (another audience)', async () => {
    const jar = new CookieJar();
    const start = await browse(jar, `${publicUrl}/auth/login`);
    const at = new URL(start.location ?? '');
    at.searchParams.set('client_id', 'another-app');
    const url = await callbackUrl(jar, ACCOUNTS.officer.login, at.href);
    const r = await browse(jar, url.href);
    expect(r.status).toBe(400);
    expect(jar.get(publicUrl, 'ma_session')).toBeUndefined();
  });

  it('answers a callback without a sign-in in progress with a page', async () => {
    const r = await t.request('GET', '/auth/callback?code=x&state=y', { manual: true });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.text).toContain('sign in again');
  });
});

describe('sessions', () => {
  it('ends a session idle for longer than the idle timeout', async () => {
    const { jar } = await signIn(ACCOUNTS.officer.login);
    const token = jar.get(publicUrl, 'ma_session') ?? '';
    expect((await session(cookieOf(jar))).status).toBe(200);
    await t.sql(`UPDATE web_sessions SET last_seen_at = now() - interval '8 hours 1 minute'`);
    const r = await session(cookieOf(jar));
    expect(r.status).toBe(401);
    expect(r.text).toContain('sign in again');
    expect(token).toBeTruthy();
  });

  it('ends a session at its absolute end, however active', async () => {
    const { jar } = await signIn(ACCOUNTS.officer.login);
    await t.sql(`UPDATE web_sessions SET expires_at = now() - interval '1 second'`);
    expect((await session(cookieOf(jar))).status).toBe(401);
  });

  it('ends the session of someone taken off the roster at their next request', async () => {
    const { jar } = await signIn(ACCOUNTS.leader.login);
    expect((await session(cookieOf(jar))).status).toBe(200);
    await t.sql(`UPDATE members SET active = false WHERE external_id = 'm035'`);
    try {
      expect((await session(cookieOf(jar))).status).toBe(401);
    } finally {
      await t.sql(`UPDATE members SET active = true WHERE external_id = 'm035'`);
    }
  });

  it('signs out: the row is gone, the cookie refused, and the provider’s sign-out is offered', async () => {
    const { jar } = await signIn(ACCOUNTS.member.login);
    const cookie = cookieOf(jar);
    const { csrfToken } = (await session(cookie)).body as { csrfToken: string };
    const before = await t.sql<{ n: string }>('SELECT count(*) AS n FROM web_sessions');
    const r = await t.request('POST', '/auth/logout', {
      headers: { cookie, origin: publicUrl, 'x-csrf-token': csrfToken },
    });
    expect(r.status).toBe(200);
    const { logoutUrl } = r.body as { logoutUrl: string };
    expect(logoutUrl.startsWith(`${idp.issuer}/`)).toBe(true);
    expect(new URL(logoutUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${publicUrl}/app/`);
    const after = await t.sql<{ n: string }>('SELECT count(*) AS n FROM web_sessions');
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) - 1);
    expect((await session(cookie)).status).toBe(401);
  });
});

describe('CSRF with the session cookie', () => {
  const event = { kind: 'service_change', title: 'Oadby library opening hours', divisions: ['Oadby'] };

  it('refuses a POST without the token, or from another site, and accepts the console’s own', async () => {
    const { jar } = await signIn(ACCOUNTS.officer.login);
    const cookie = cookieOf(jar);
    const { csrfToken } = (await session(cookie)).body as { csrfToken: string };
    const noToken = await t.request('POST', '/events', {
      body: event,
      headers: { cookie, origin: publicUrl },
    });
    expect(noToken.status).toBe(403);
    expect(noToken.text).toContain('X-CSRF-Token');
    const foreign = await t.request('POST', '/events', {
      body: event,
      headers: { cookie, origin: 'https://evil.example', 'x-csrf-token': csrfToken },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.text).toContain('Origin');
    const ok = await t.request('POST', '/events', {
      body: event,
      headers: { cookie, origin: publicUrl, 'x-csrf-token': csrfToken },
    });
    expect(ok.status).toBe(201);
    // The signed-in officer is the contact members are given when the event names none.
    const [stored] = await t.sql<{ contact: unknown }>(
      "SELECT payload->'contact' AS contact FROM event_versions WHERE event_id = $1",
      [(ok.body as { id: string }).id],
    );
    expect(stored?.contact).toEqual({ name: 'Helen Marsden', email: 'helen.marsden@leics.example' });
  });

  it('refuses sign-out from another site', async () => {
    const { jar } = await signIn(ACCOUNTS.officer.login);
    const r = await t.request('POST', '/auth/logout', {
      headers: { cookie: cookieOf(jar), origin: 'https://evil.example' },
    });
    expect(r.status).toBe(403);
    expect((await session(cookieOf(jar))).status).toBe(200);
  });
});

describe('returning to the page that asked for sign-in', () => {
  const EVENT_PAGE = '/app/events/6f1c2a70-8d1e-4b7a-9a55-2f0e0c1d3b4a';

  it('single sign-on returns to the console page given, and ignores an address off the console', async () => {
    const jar = new CookieJar();
    const back = await signInThrough(
      jar,
      `${publicUrl}/auth/login?returnTo=${encodeURIComponent(EVENT_PAGE)}`,
      ACCOUNTS.member.login,
      (u) => u.startsWith(`${publicUrl}/app`),
    );
    expect(back.location).toBe(`${publicUrl}${EVENT_PAGE}`);
    for (const elsewhere of ['//evil.example/app/', '/\\evil.example', 'https://evil.example/app/']) {
      const r = await signInThrough(
        new CookieJar(),
        `${publicUrl}/auth/login?returnTo=${encodeURIComponent(elsewhere)}`,
        ACCOUNTS.member.login,
        (u) => !u.startsWith(idp.issuer) && !u.startsWith(`${publicUrl}/auth/`),
      );
      expect(r.location, elsewhere).toBe(`${publicUrl}/app/`);
    }
  });

  /** Asks for a link for `email` as the console does, and gives its token as the e-mail would carry it. */
  async function linkToken(email: string, returnTo?: string): Promise<string> {
    const r = await t.request('POST', '/auth/email-link', {
      body: returnTo === undefined ? { email } : { email, returnTo },
    });
    expect(r.status, r.text).toBe(200);
    const [row] = await expectEventually(
      () =>
        t.sql<{ id: string }>('SELECT id FROM sign_in_links WHERE email = $1 AND used_at IS NULL', [email]),
      (rows) => rows.length > 0,
    );
    return signInLinkToken(t.config.ackSecret, row?.id ?? '');
  }

  const useLink = (token: string, origin = publicUrl) =>
    t.request('POST', `/auth/email-link/sign-in?token=${encodeURIComponent(token)}`, {
      headers: { origin, accept: 'text/html' },
      manual: true,
    });

  it('an e-mail link returns to the console page that asked for it', async () => {
    const r = await useLink(await linkToken('oliver.belgrave@members.leics.example', EVENT_PAGE));
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe(`${publicUrl}${EVENT_PAGE}`);
  });

  it('refuses to send a link that would return off the console, in plain words', async () => {
    for (const returnTo of ['//evil.example/app/', 'https://evil.example/', '/auth/logout']) {
      const r = await t.request('POST', '/auth/email-link', {
        body: { email: 'claire.dobson@leics.example', returnTo },
      });
      expect(r.status, returnTo).toBe(400);
      expect(r.body).toMatchObject({
        message: 'the page to return to after sign-in must be a page of this console',
      });
    }
  });

  it('the link’s page lets the browser name its own origin when Sign in is pressed', async () => {
    const page = await t.request('GET', '/auth/email-link/sign-in?token=x');
    expect(page.status).toBe(200);
    // With no-referrer, Chromium posts the form with Origin: null, which sign-in must refuse.
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect((await useLink('x', 'null')).status).toBe(400);
  });
});

describe('without single sign-on configured', () => {
  it('says so at GET /auth/login, and the console is told to offer keys', async () => {
    const plain = await startTestApi();
    try {
      const r = await plain.request('GET', '/auth/login', { manual: true });
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ message: 'single sign-on is not set up on this server' });
      const web = await plain.request('GET', '/web/config');
      expect(web.body).toMatchObject({ singleSignOn: false, devSignIn: true });
      expect((await s.t.request('GET', '/web/config')).body).toMatchObject({ singleSignOn: true });
    } finally {
      await plain.close();
    }
  });
});

describe('BOOTSTRAP_ADMIN_EMAIL through single sign-on', () => {
  it('lets that address in as democratic services with no roster record, and audits it', async () => {
    const b = await startSignInApi({ BOOTSTRAP_ADMIN_EMAIL: ACCOUNTS.stranger.email ?? '' });
    try {
      const { jar, last } = await b.signIn(ACCOUNTS.stranger.login);
      expect(last.location).toBe(`${b.publicUrl}/app/`);
      const r = await b.t.request('GET', '/auth/session', {
        headers: { cookie: `ma_session=${jar.get(b.publicUrl, 'ma_session') ?? ''}` },
      });
      expect(r.body).toMatchObject({ role: 'democratic_services', name: 'pat.nobody@leics.example' });
      const audit = await b.t.sql<{ details: { via: string } }>(
        "SELECT details FROM audit_log WHERE action = 'sign-in.bootstrap-admin'",
      );
      expect(audit.map((a) => a.details.via)).toEqual(['single-sign-on']);
      // Anyone else not on the roster is still refused.
      expect((await b.signIn(ACCOUNTS.noRole.login)).last.status).toBe(403);
    } finally {
      await b.close();
    }
  });
});
