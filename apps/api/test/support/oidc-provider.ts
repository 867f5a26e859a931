import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESSION_COOKIE } from '../../src/auth/web-session.util';
import { startTestApi, type TestApi } from './test-api';

/** A person the test provider knows; `login` is what they type in its login form. */
export interface TestAccount {
  readonly login: string;
  readonly email?: string;
  readonly preferred_username?: string;
  readonly name: string;
  readonly roles: readonly string[];
}

/** Seeded people: some on the Leicestershire fixture roster, some not. */
export const ACCOUNTS = {
  // o001, with the council's own app-role name (mapped by OIDC_ROLE_MAP in the tests).
  officer: {
    login: 'helen',
    email: 'Helen.Marsden@leics.example',
    name: 'Helen Marsden',
    roles: ['MemberAlerts.Officer'],
  },
  // m043; e-mail in another case than the roster's.
  member: {
    login: 'oliver',
    email: 'OLIVER.BELGRAVE@members.leics.example',
    name: 'Oliver Belgrave',
    roles: ['member'],
  },
  // m035, with two roles: the stronger one counts.
  leader: {
    login: 'catherine',
    email: 'catherine.kettering@members.leics.example',
    name: 'Catherine Kettering',
    roles: ['member', 'leader'],
  },
  // o002, known only by preferred_username (as Entra gives when there is no mail attribute).
  democraticServices: {
    login: 'raj',
    preferred_username: 'raj.patel@leics.example',
    name: 'Raj Patel',
    roles: ['democratic_services'],
  },
  // o009, with the Monitoring Officer's read-only role.
  monitoringOfficer: {
    login: 'fiona',
    email: 'fiona.blake@leics.example',
    name: 'Fiona Blake',
    roles: ['monitoring_officer'],
  },
  // o003's address but no role assigned in the provider.
  noRole: { login: 'norole', email: 'anita.shah@leics.example', name: 'Anita Shah', roles: [] },
  // A role, but nobody on the roster has this address.
  stranger: { login: 'stranger', email: 'pat.nobody@leics.example', name: 'Pat Nobody', roles: ['officer'] },
} satisfies Record<string, TestAccount>;

export interface TestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

/** A loopback port nobody is listening on, so the API's PUBLIC_URL can be known before it starts. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** The test provider: the one `npm start` runs (tools/dev-oidc), with the tests' people. */
export async function startTestProvider(opts: {
  redirectUri: string;
  postLogoutUri: string;
  accounts?: readonly TestAccount[];
}): Promise<TestProvider> {
  const { startDevProvider } = await import('../../../../tools/dev-oidc/dev-oidc-provider.mjs');
  return startDevProvider({
    redirectUri: opts.redirectUri,
    postLogoutUri: opts.postLogoutUri,
    accounts: opts.accounts ?? Object.values(ACCOUNTS),
    clientSecret: 'a-client-secret-for-the-tests',
    // Another registered client, to show a code issued to it is refused.
    extraClients: [{ client_id: 'another-app', client_secret: 'another-secret' }],
  });
}

/** The cookies a browser would keep, per origin. */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: string): string {
    const jar = this.jars.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  store(url: string, res: Response): void {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (!value || /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  }

  get(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }
}

/** One request as a browser makes it: with the jar's cookies, redirects left to the caller. */
export async function browse(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string> } = {},
): Promise<{ status: number; location: string | null; text: string; url: string }> {
  const cookie = jar.header(url);
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: {
      accept: 'text/html',
      ...(cookie ? { cookie } : {}),
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
  });
  jar.store(url, res);
  const location = res.headers.get('location');
  return {
    status: res.status,
    location: location ? new URL(location, url).href : null,
    text: await res.text(),
    url,
  };
}

/**
 * Follows redirects from `start` until an answer that is not one, submitting the provider's
 * login form for `login` when it appears; gives that last answer.
 */
export async function signInThrough(
  jar: CookieJar,
  start: string,
  login: string,
  stopAt?: (url: string) => boolean,
): Promise<{ status: number; location: string | null; text: string; url: string }> {
  let r = await browse(jar, start);
  for (let hops = 0; hops < 12; hops++) {
    if (r.location) {
      if (stopAt?.(r.location)) return r;
      r = await browse(jar, r.location);
      continue;
    }
    const form = /<form[^>]*action="([^"]+)"[^>]*>[\s\S]*?name="login"/.exec(r.text);
    if (r.status === 200 && form?.[1]) {
      const uid = /name="prompt" value="([^"]+)"/.exec(r.text)?.[1] ?? 'login';
      r = await browse(jar, new URL(form[1], r.url).href, {
        method: 'POST',
        form: { prompt: uid, login, password: 'any' },
      });
      continue;
    }
    return r;
  }
  throw new Error(`too many redirects signing in as ${login}; last at ${r.url}`);
}

export interface SignInTestApi {
  readonly t: TestApi;
  readonly idp: TestProvider;
  /** The API's PUBLIC_URL: the provider knows its /auth/callback. */
  readonly publicUrl: string;
  /** Signs `login` in through the provider's form; the jar holds the session cookie when it worked. */
  signIn(login: string): Promise<{ jar: CookieJar; last: Awaited<ReturnType<typeof browse>> }>;
  /** What the console sends with the session: the cookie, its Origin and the CSRF token. */
  sessionHeaders(jar: CookieJar): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** The test API with single sign-on through a test provider (OIDC_ROLE_MAP maps MemberAlerts.Officer). */
export async function startSignInApi(env: Record<string, string> = {}): Promise<SignInTestApi> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const idp = await startTestProvider({
    redirectUri: `${publicUrl}/auth/callback`,
    postLogoutUri: `${publicUrl}/app/`,
  });
  const t = await startTestApi({
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    OIDC_ISSUER_URL: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_ROLE_MAP: JSON.stringify({ 'MemberAlerts.Officer': 'officer' }),
    ...env,
  });
  return {
    t,
    idp,
    publicUrl,
    async signIn(login) {
      const jar = new CookieJar();
      const last = await signInThrough(jar, `${publicUrl}/auth/login`, login, (u) =>
        u.startsWith(`${publicUrl}/app`),
      );
      return { jar, last };
    },
    async sessionHeaders(jar) {
      const cookie = `${SESSION_COOKIE}=${jar.get(publicUrl, SESSION_COOKIE) ?? ''}`;
      const r = await t.request('GET', '/auth/session', { headers: { cookie } });
      const { csrfToken } = r.body as { csrfToken: string };
      return { cookie, origin: publicUrl, 'x-csrf-token': csrfToken };
    },
    async close() {
      await t.close();
      await idp.close();
    },
  };
}
