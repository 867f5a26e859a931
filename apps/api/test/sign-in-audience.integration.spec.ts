import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browse, CookieJar, freePort } from './support/oidc-provider';
import { startTestApi, type TestApi } from './support/test-api';

// The in-process oidc-provider only issues correct ID tokens. To see an ID token for another
// application refused, this loopback provider follows OpenID Connect Core's code flow (discovery,
// authorize, token, JWKS) but puts whatever audience the test asks for in the ID token it signs.
const CLIENT_ID = 'member-alerts';
const CLIENT_SECRET = 'a-test-client-secret';

interface StandIn {
  issuer: string;
  audience: string;
  close(): Promise<void>;
}

async function startStandInProvider(): Promise<StandIn> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' };
  const nonces = new Map<string, string>();
  let issuer = '';
  const state: StandIn = { issuer: '', audience: CLIENT_ID, close: () => Promise.resolve() };
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const idToken = (nonce: string) => {
    const now = Math.floor(Date.now() / 1000);
    const body = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64({
      iss: issuer,
      sub: 'o001',
      aud: state.audience,
      iat: now,
      exp: now + 300,
      nonce,
      email: 'helen.marsden@leics.example',
      name: 'Helen Marsden',
      roles: ['officer'],
    })}`;
    return `${body}.${sign('sha256', Buffer.from(body), privateKey).toString('base64url')}`;
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') return json({ keys: [jwk] });
    if (url.pathname === '/authorize') {
      const code = `code-${nonces.size + 1}`;
      nonces.set(code, url.searchParams.get('nonce') ?? '');
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: back.href });
      return void res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let raw = '';
      req.on('data', (d: Buffer) => (raw += d.toString()));
      req.on('end', () => {
        const code = new URLSearchParams(raw).get('code') ?? '';
        json({
          access_token: 'an-access-token',
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken(nonces.get(code) ?? ''),
        });
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.issuer = issuer;
  state.close = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}

let idp: StandIn;
let t: TestApi;
let publicUrl: string;

beforeAll(async () => {
  idp = await startStandInProvider();
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  t = await startTestApi({
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    OIDC_ISSUER_URL: idp.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

/** The browser's journey: the API's login, the provider's redirect back, the API's callback. */
async function signIn(): Promise<{ jar: CookieJar; status: number; text: string }> {
  const jar = new CookieJar();
  const login = await browse(jar, `${publicUrl}/auth/login`);
  const back = await browse(jar, login.location ?? '');
  const done = await browse(jar, back.location ?? '');
  return { jar, status: done.status, text: done.text };
}

describe('an ID token must be meant for this application', () => {
  it('signs in when the ID token is for Member Alerts (the provider stand-in is sound)', async () => {
    idp.audience = CLIENT_ID;
    const { jar, status } = await signIn();
    expect(status).toBe(302);
    expect(jar.get(publicUrl, 'ma_session')).toBeTruthy();
  });

  it('refuses an ID token issued for another application, with a page and no session', async () => {
    idp.audience = 'another-app';
    const { jar, status, text } = await signIn();
    expect(status).toBe(400);
    expect(text).toContain('Sign-in did not finish');
    expect(jar.get(publicUrl, 'ma_session')).toBeUndefined();
  });
});
