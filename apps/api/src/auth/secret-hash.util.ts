import { createHash, timingSafeEqual } from 'node:crypto';

/** What is stored of every secret handed out (API keys, session ids, sign-in and import tokens). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Whether a secret a caller sent is the one configured, in constant time: both are hashed first,
 * so the buffers compared are of equal length and the time taken says nothing about the secret.
 */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(Buffer.from(hashSecret(given)), Buffer.from(hashSecret(expected)));
}
