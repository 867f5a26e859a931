import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { cookieFlags, csrfProblem, csrfTokenFor, readCookie } from './web-session.util';

function req(method: string, headers: Record<string, string>): Request {
  // Only what csrfProblem reads: the method, the protocol and the headers.
  return Object.assign(Object.create(null) as Request, { method, protocol: 'http', headers });
}

describe('the session cookie', () => {
  it('is Secure when PUBLIC_URL is https, and HttpOnly, SameSite=Lax always', () => {
    expect(cookieFlags('https://alerts.example', 60)).toBe(
      'Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure',
    );
    expect(cookieFlags('http://localhost:3000', 60)).toBe('Path=/; HttpOnly; SameSite=Lax; Max-Age=60');
  });

  it('is read by name among other cookies', () => {
    expect(readCookie({ headers: { cookie: 'a=1; ma_session=tok; b=2' } }, 'ma_session')).toBe('tok');
    expect(readCookie({ headers: { cookie: 'xma_session=tok' } }, 'ma_session')).toBeUndefined();
  });
});

describe('CSRF for cookie-authenticated changes', () => {
  const token = 'a-session-token';
  const good = {
    host: 'alerts.example',
    origin: 'https://alerts.example',
    'x-csrf-token': csrfTokenFor(token),
  };

  it('lets reads through without anything', () => {
    expect(csrfProblem(req('GET', {}), token, 'https://alerts.example')).toBeNull();
  });

  it('needs the console’s Origin (PUBLIC_URL’s or the Host’s) and the token', () => {
    expect(csrfProblem(req('POST', good), token, 'https://alerts.example')).toBeNull();
    expect(
      csrfProblem(req('PATCH', { ...good, origin: 'http://alerts.example' }), token, 'https://x.example'),
    ).toBeNull();
    expect(
      csrfProblem(
        req('DELETE', { ...good, origin: 'https://evil.example' }),
        token,
        'https://alerts.example',
      ),
    ).toMatch(/Origin/);
    const { origin: _, ...noOrigin } = good;
    expect(csrfProblem(req('PUT', noOrigin), token, 'https://alerts.example')).toMatch(/Origin/);
    expect(
      csrfProblem(
        req('POST', { ...good, 'x-csrf-token': csrfTokenFor('another') }),
        token,
        'https://alerts.example',
      ),
    ).toMatch(/X-CSRF-Token/);
  });
});
