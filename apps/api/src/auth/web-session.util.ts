import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/** The console's session cookie. */
export const SESSION_COOKIE = 'ma_session';
/** Carries state, nonce and PKCE verifier from GET /auth/login to GET /auth/callback. */
export const LOGIN_COOKIE = 'ma_login';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(req: Pick<Request, 'headers'>, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      return value || undefined;
    }
  }
  return undefined;
}

/** The CSRF token is derived from the session id: no one without the cookie can compute it. */
export function csrfTokenFor(token: string): string {
  return createHash('sha256').update(`csrf\0${token}`).digest('base64url');
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why a cookie-authenticated request that changes something must be refused, or null when it may
 * go on: it needs the page's own Origin (PUBLIC_URL's, or the Host it was sent to) and the token.
 */
export function csrfProblem(req: Request, token: string, publicUrl: string): string | null {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return null;
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !isOwnOrigin(req, origin, publicUrl)) {
    return 'this request did not come from the Member Alerts console (its Origin is missing or another site’s)';
  }
  const given = req.headers[CSRF_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, csrfTokenFor(token))) {
    return 'this request lacks the X-CSRF-Token header that GET /auth/session gives; reload the console';
  }
  return null;
}

/** PUBLIC_URL's origin, or that of the Host the request was sent to. */
export function isOwnOrigin(req: Request, origin: string, publicUrl: string): boolean {
  return [new URL(publicUrl).origin, `${req.protocol}://${req.headers.host ?? ''}`].includes(origin);
}

export function cookieFlags(publicUrl: string, maxAgeSeconds: number): string {
  const secure = publicUrl.startsWith('https:') ? '; Secure' : '';
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}
