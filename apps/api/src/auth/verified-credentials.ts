import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeyService } from './api-key.service';
import { extractKey } from './api-key.util';
import { hashSecret } from './secret-hash.util';
import { addressGroup, prune } from './sign-in-limiter';
import { WebSessionService } from './web-session.service';
import { readCookie, SESSION_COOKIE } from './web-session.util';

/** A credential proven in this long earns a budget of its own; a day covers a console session. */
const REMEMBER_MS = 24 * 3600_000;
const MAX_ENTRIES = 100_000;

type Headers = Pick<Request, 'headers'>;

/** The credential a request carries, as a budget's name: never the secret itself. */
export function credentialOf(req: Headers): string | undefined {
  return given(req)?.name;
}

function given(req: Headers): { name: string; key?: string; session?: string } | undefined {
  const key = extractKey(req);
  if (key) return { name: `key:${hashSecret(key).slice(0, 16)}`, key };
  const session = readCookie(req, SESSION_COOKIE);
  return session ? { name: `session:${hashSecret(session).slice(0, 16)}`, session } : undefined;
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

  constructor(
    private readonly keys: ApiKeyService,
    private readonly sessions: WebSessionService,
  ) {}

  accepted(req: Headers): void {
    const credential = credentialOf(req);
    if (credential) this.remember(credential);
  }

  /**
   * Whose budget a request spends: its credential's once proven, else its address's. A credential
   * not yet seen is checked here, so its first request is counted as its own too; the check is the
   * one the sign-in makes next (cached for keys), and counts no failure.
   */
  async budgetOf(req: Headers & { ip?: string }): Promise<string> {
    const credential = given(req);
    if (credential) {
      if ((this.until.get(credential.name) ?? 0) > Date.now()) return credential.name;
      const proven = credential.key
        ? await this.keys.isLive(credential.key)
        : (await this.sessions.resolve(credential.session ?? '')) !== null;
      if (proven) return this.remember(credential.name);
    }
    return `ip:${addressGroup(req.ip ?? 'unknown')}`;
  }

  private remember(credential: string): string {
    this.until.delete(credential); // re-inserted last, so the oldest are pruned first
    this.until.set(credential, Date.now() + REMEMBER_MS);
    prune(this.until, MAX_ENTRIES);
    return credential;
  }
}
