import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { extractKey } from './api-key.util';
import { hashSecret } from './secret-hash.util';
import { addressGroup, prune } from './sign-in-limiter';
import { readCookie, SESSION_COOKIE } from './web-session.util';

/** A credential proven in this long earns a budget of its own; a day covers a console session. */
const REMEMBER_MS = 24 * 3600_000;
const MAX_ENTRIES = 100_000;

type Headers = Pick<Request, 'headers'>;

/** The credential a request carries, as a budget's name: never the secret itself. */
export function credentialOf(req: Headers): string | undefined {
  const key = extractKey(req);
  if (key) return `key:${hashSecret(key).slice(0, 16)}`;
  const session = readCookie(req, SESSION_COOKIE);
  return session ? `session:${hashSecret(session).slice(0, 16)}` : undefined;
}

/**
 * The API keys and console sessions this process has seen accepted. Only these get a rate budget of
 * their own: a made-up key or cookie costs nothing to send, so were each one its own budget, a
 * caller sending a new one with every request would never be limited. Everything else counts
 * against its caller's address.
 */
@Injectable()
export class VerifiedCredentials {
  private readonly until = new Map<string, number>();

  accepted(req: Headers): void {
    const credential = credentialOf(req);
    if (!credential) return;
    this.until.delete(credential); // re-inserted last, so the oldest are pruned first
    this.until.set(credential, Date.now() + REMEMBER_MS);
    prune(this.until, MAX_ENTRIES);
  }

  /** Whose budget a request spends: its credential's, once proven, else its address's. */
  budgetOf(req: Headers & { ip?: string }): string {
    const credential = credentialOf(req);
    if (credential && (this.until.get(credential) ?? 0) > Date.now()) return credential;
    return `ip:${addressGroup(req.ip ?? 'unknown')}`;
  }
}
