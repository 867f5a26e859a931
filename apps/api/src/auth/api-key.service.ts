import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiKeyEntity } from '@member-alerts/persistence';
import { IsNull, Repository } from 'typeorm';
import { TooManyRequestsError } from '../common/too-many-requests.error';
import { hashApiKey } from './api-key.util';
import type { Principal } from './principal';
import { SignInLimiter } from './sign-in-limiter';

/** Turns an API key into who is calling. Revocation takes effect within CACHE_MS. */
@Injectable()
export class ApiKeyService {
  static readonly CACHE_MS = 10_000;
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();
  // Per process: each API instance counts the failures it sees.
  private readonly limiter = new SignInLimiter();

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  /**
   * Who a key presented from an address belongs to, or null for a wrong key. An address that keeps
   * presenting wrong keys is answered 429 for a doubling wait, without its key being checked.
   */
  async signIn(key: string, address: string | undefined): Promise<Principal | null> {
    const hash = hashApiKey(key);
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

  private async resolve(hash: string): Promise<Principal | null> {
    const hit = this.cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    const row = await this.keys.findOne({ where: { keyHash: hash, revokedAt: IsNull() } });
    const principal: Principal | null = row
      ? { keyId: row.id, name: row.name, role: row.role, councilId: row.councilId, memberId: row.memberId }
      : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { principal, until: Date.now() + ApiKeyService.CACHE_MS });
    return principal;
  }
}
