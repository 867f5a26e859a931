import { randomBytes } from 'node:crypto';

/** A new key: 32 random bytes, prefixed so it is recognisable in a leak scan. */
export function newApiKey(): string {
  return `ma_${randomBytes(32).toString('base64url')}`;
}

export function keyPrefix(key: string): string {
  return key.slice(0, 8);
}
