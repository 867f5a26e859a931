import { createHash } from 'node:crypto';

/** What is stored of every secret handed out (API keys, session ids, sign-in and import tokens). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
