import { createHash, randomBytes } from 'node:crypto';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: 32 random bytes, prefixed so it is recognisable in a leak scan. */
export function newApiKey(): string {
  return `ma_${randomBytes(32).toString('base64url')}`;
}

export function keyPrefix(key: string): string {
  return key.slice(0, 8);
}
