import { randomBytes } from 'node:crypto';
import type { Request } from 'express';

/** A new key: 32 random bytes, prefixed so it is recognisable in a leak scan. */
export function newApiKey(): string {
  return `ma_${randomBytes(32).toString('base64url')}`;
}

export function keyPrefix(key: string): string {
  return key.slice(0, 8);
}

/** The key from `Authorization: Bearer …` or `X-Api-Key`, if the request carries one. */
export function extractKey(req: Pick<Request, 'headers'>): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+\S+$/i.test(auth)) return auth.replace(/^Bearer\s+/i, '');
  const header = req.headers['x-api-key'];
  return typeof header === 'string' && header ? header : undefined;
}
