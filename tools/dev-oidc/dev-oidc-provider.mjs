// A real OpenID Connect provider (panva's oidc-provider) on a loopback port, standing in for
// Microsoft Entra ID: the scope claims and `roles` go in the ID token, as Entra puts them, and its
// development login form takes any password. `npm start` runs it with the seeded people; the API's
// tests run it with their own. Plain ESM, so that start.mjs can load it with node alone.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A roster file's rows as objects by column, read by the same CSV parser the roster import uses. */
function rows(file) {
  return parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

/**
 * The seeded people, signing in by their roster e-mail: every councillor (the Leader as leader),
 * every officer, o002 as democratic services and o009 as the Monitoring Officer (the roster has no
 * such flags; the role comes from the provider, as it does from Entra).
 */
export const DEMOCRATIC_SERVICES_OFFICER = 'o002';
export const MONITORING_OFFICER = 'o009';

export function seededAccounts(fixturesDir) {
  const members = rows(join(fixturesDir, 'members.csv')).map((m) => ({
    login: m.email.toLowerCase(),
    email: m.email,
    name: m.name,
    roles: m.roles.split(';').includes('leader') ? ['member', 'leader'] : ['member'],
  }));
  const officers = rows(join(fixturesDir, 'officers.csv')).map((o) => ({
    login: o.email.toLowerCase(),
    email: o.email,
    name: o.name,
    roles:
      o.id === DEMOCRATIC_SERVICES_OFFICER
        ? ['democratic_services']
        : o.id === MONITORING_OFFICER
          ? ['monitoring_officer']
          : ['officer'],
  }));
  return [...members, ...officers];
}

/**
 * One seeded person for each role, to suggest on the sign-in page: democratic services (o002), an
 * officer (o001), the Leader, and a member (m043), by the ids every council's fictional roster
 * gives them.
 */
export function signInExamples(fixturesDir) {
  const members = rows(join(fixturesDir, 'members.csv'));
  const officers = rows(join(fixturesDir, 'officers.csv'));
  const email = (list, pick) => list.find(pick)?.email;
  return [
    ['democratic services', email(officers, (o) => o.id === DEMOCRATIC_SERVICES_OFFICER)],
    ['officer', email(officers, (o) => o.id === 'o001')],
    ['leader', email(members, (m) => m.roles.split(';').includes('leader'))],
    ['member', email(members, (m) => m.id === 'm043')],
  ].filter(([, address]) => address);
}

// oidc-provider prints a NOTICE or WARNING, on loading and on some requests, for each quick-start
// shortcut it sees: the in-memory store, its own signing keys, the development login form, this
// Node.js version. This provider takes those shortcuts on purpose, so its notices say nothing to
// the person running it. Only those lines are dropped: its errors, and everything else, still show.
const PROVIDER_NOTICE = /^(\x1b\[[\d;]*m)?oidc-provider (NOTICE|WARNING): /;

function withoutProviderNotices(write) {
  return (...args) => {
    if (typeof args[0] === 'string' && PROVIDER_NOTICE.test(args[0])) return;
    write(...args);
  };
}

let quietened = false;
function quietenProviderNotices() {
  if (quietened) return;
  quietened = true;
  console.info = withoutProviderNotices(console.info.bind(console));
  console.warn = withoutProviderNotices(console.warn.bind(console));
}

export async function startDevProvider(opts) {
  quietenProviderNotices();
  const { default: Provider } = await import('oidc-provider');
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map(opts.accounts.map((a) => [a.login.toLowerCase(), a]));
  const client = {
    client_id: opts.clientId ?? 'member-alerts',
    client_secret: opts.clientSecret ?? 'a-client-secret-for-development',
    redirect_uris: [opts.redirectUri],
    post_logout_redirect_uris: [opts.postLogoutUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  };
  const provider = new Provider(issuer, {
    clients: [client, ...(opts.extraClients ?? []).map((c) => ({ ...client, ...c }))],
    cookies: { keys: ['development-provider-cookie-key'] },
    claims: {
      openid: ['sub', 'roles'],
      email: ['email'],
      profile: ['name', 'preferred_username'],
    },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    findAccount(_ctx, id) {
      const a = accounts.get(String(id).trim().toLowerCase());
      if (!a) return Promise.resolve(undefined);
      const { login, ...claims } = a;
      return Promise.resolve({ accountId: login, claims: () => Promise.resolve({ sub: login, ...claims }) });
    },
    // A first-party application: no consent page, as when an Entra administrator grants consent.
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grant = new provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(['roles', 'email', 'name', 'preferred_username']);
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId: client.client_id,
    clientSecret: client.client_secret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
