import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiKeyEntity } from '@member-alerts/persistence';
import { IsNull, Repository } from 'typeorm';
import { hashApiKey } from './api-key.util';
import type { Principal } from './principal';

/** Turns an API key into who is calling. Revocation takes effect within CACHE_MS. */
@Injectable()
export class ApiKeyService {
  static readonly CACHE_MS = 10_000;
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  async resolve(key: string): Promise<Principal | null> {
    const hash = hashApiKey(key);
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
