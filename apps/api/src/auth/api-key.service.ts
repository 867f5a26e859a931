import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiKeyEntity } from '@member-alerts/persistence';
import { IsNull, Repository } from 'typeorm';
import { TooManyRequestsError } from '../common/too-many-requests.error';
import { hashSecret } from './secret-hash.util';
import type { Principal } from './principal';
import { SignInLimiter } from './sign-in-limiter';

/**
 * Turns an API key into who is calling. A key revoked here is refused at once (`forget`); one
 * revoked by another API process within CACHE_MS. An expired key is refused from its expiry.
 */
@Injectable()
export class ApiKeyService {
  static readonly CACHE_MS = 10_000;
  /** `last_used_at` is written at most this often per key. */
  static readonly LAST_USED_EVERY_MS = 60_000;
  private readonly logger = new Logger(ApiKeyService.name);
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();
  private readonly lastUsed = new Map<string, number>();
  // A look-up that read the row just before its revocation must not put it back in the cache.
  private readonly revoked = new Set<string>();
  // Per process: each API instance counts the failures it sees.
  private readonly limiter = new SignInLimiter();

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  /**
   * Who a key presented from an address belongs to, or null for a wrong key. An address that keeps
   * presenting wrong keys is answered 429 for a doubling wait, without its key being checked.
   */
  async signIn(key: string, address: string | undefined): Promise<Principal | null> {
    const hash = hashSecret(key);
    const from = address ?? 'unknown';
    const wait = this.limiter.waitSeconds(from, hash);
    if (wait > 0) {
      throw new TooManyRequestsError('too many wrong API keys have come from your address', wait);
    }
    const principal = await this.resolve(hash);
    if (principal) this.limiter.succeeded(hash);
    else this.limiter.failed(from);
    return principal;
  }

  /** Whether a key is live, without counting a wrong one against its caller. */
  async isLive(key: string): Promise<boolean> {
    return (await this.resolve(hashSecret(key))) !== null;
  }

  private async resolve(hash: string): Promise<Principal | null> {
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) {
      if (hit.principal?.keyId) this.used(hit.principal.keyId, now);
      return hit.principal;
    }
    const row = await this.keys.findOne({ where: { keyHash: hash, revokedAt: IsNull() } });
    const live =
      row && !this.revoked.has(row.id) && (!row.expiresAt || row.expiresAt.getTime() > now) ? row : null;
    const principal: Principal | null = live
      ? {
          keyId: live.id,
          name: live.name,
          role: live.role,
          councilId: live.councilId,
          memberId: live.memberId,
        }
      : null;
    if (this.cache.size > 10_000) this.cache.clear();
    // Never cache a key past its expiry.
    const until = Math.min(now + ApiKeyService.CACHE_MS, live?.expiresAt?.getTime() ?? Infinity);
    this.cache.set(hash, { principal, until });
    if (live) {
      if (!this.lastUsed.has(live.id) && live.lastUsedAt)
        this.lastUsed.set(live.id, live.lastUsedAt.getTime());
      this.used(live.id, now);
    }
    return principal;
  }

  /** Drops a revoked key from the cache, so this process refuses it from the next request. */
  forget(keyId: string): void {
    for (const [hash, entry] of this.cache) if (entry.principal?.keyId === keyId) this.cache.delete(hash);
    this.lastUsed.delete(keyId);
    if (this.revoked.size > 10_000) this.revoked.clear();
    this.revoked.add(keyId);
  }

  // Off the request's path: a lost update only makes "last used" a minute older.
  private used(keyId: string, now: number): void {
    const last = this.lastUsed.get(keyId);
    if (last !== undefined && now - last < ApiKeyService.LAST_USED_EVERY_MS) return;
    if (this.lastUsed.size > 10_000) this.lastUsed.clear();
    this.lastUsed.set(keyId, now);
    void this.keys
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :keyId', { keyId })
      // Other API processes may have written it moments ago.
      .andWhere(`(last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`)
      .execute()
      .catch((err: unknown) =>
        this.logger.warn({ err, keyId }, 'could not record when an API key was last used'),
      );
  }
}
