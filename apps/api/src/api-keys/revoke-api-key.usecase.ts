import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { ApiKeyService } from '../auth/api-key.service';
import type { Principal } from '../auth/principal';

export interface RevokeApiKeyCommand {
  readonly principal: Principal;
  readonly id: string;
}

/**
 * Revokes a key: refused from the next request. Revoking a revoked key changes nothing and answers
 * the same, so a retried DELETE is safe; the first revocation (and its audit line) stands.
 */
@Injectable()
export class RevokeApiKeyUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: ApiKeyService,
  ) {}

  async execute(cmd: RevokeApiKeyCommand): Promise<void> {
    const p = cmd.principal;
    await this.db.transaction(async (m) => {
      const row = await m.findOne(ApiKeyEntity, {
        where: { id: cmd.id, councilId: p.councilId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new NotFoundException(`no API key ${JSON.stringify(cmd.id)}`);
      if (row.revokedAt) return;
      await m.update(ApiKeyEntity, { id: row.id }, { revokedAt: () => 'now()', revokedBy: p.name });
      await appendAudit(m, [
        {
          actor: p.name,
          action: 'api_key.revoked',
          details: { keyId: row.id, name: row.name, role: row.role, prefix: row.keyPrefix, byKeyId: p.keyId },
        },
      ]);
    });
    this.keys.forget(cmd.id);
  }
}
