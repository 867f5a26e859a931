import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity, MemberEntity } from '@member-alerts/persistence';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../auth/principal';
import { apiKeyView } from './api-key-view.util';

/** The council's API keys, newest first, revoked ones included so the history stays readable. */
@Injectable()
export class ApiKeyQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(principal: Principal) {
    const rows = await this.db.manager.find(ApiKeyEntity, {
      where: { councilId: principal.councilId },
      order: { createdAt: 'DESC', name: 'ASC' },
    });
    const ids = [...new Set(rows.flatMap((r) => (r.memberId ? [r.memberId] : [])))];
    const members = ids.length ? await this.db.manager.find(MemberEntity, { where: { id: In(ids) } }) : [];
    const byId = new Map(members.map((m) => [m.id, m]));
    const now = Date.now();
    return {
      total: rows.length,
      keys: rows.map((r) => apiKeyView(r, r.memberId ? (byId.get(r.memberId) ?? null) : null, now)),
    };
  }
}
