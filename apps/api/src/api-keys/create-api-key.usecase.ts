import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity, MemberEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { keyPrefix, newApiKey } from '../auth/api-key.util';
import { hashSecret } from '../auth/secret-hash.util';
import type { Principal } from '../auth/principal';
import { refWhere } from '../roster/member-store.util';
import { readApiKey, rejectApiKey } from './api-key-fields.util';
import { apiKeyView } from './api-key-view.util';

export interface CreateApiKeyCommand {
  readonly principal: Principal;
  readonly body: unknown;
}

/** Issues a key. The answer is the only place the key itself ever appears: only its hash is kept. */
@Injectable()
export class CreateApiKeyUseCase {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async execute(cmd: CreateApiKeyCommand) {
    const p = cmd.principal;
    const { value, problems } = readApiKey(cmd.body, new Date());
    return this.db.transaction(async (m) => {
      const ref = value?.member ? refWhere(p.councilId, value.member) : undefined;
      const member = ref ? await m.findOne(MemberEntity, { where: ref }) : null;
      if (value?.member && !member?.active)
        problems.push({
          field: 'member',
          message: `"${value.member.slice(0, 64)}" is not a member on the roster`,
        });
      if (!value || problems.length) throw rejectApiKey(problems);
      const key = newApiKey();
      const saved = await m.save(
        m.create(ApiKeyEntity, {
          councilId: p.councilId,
          name: value.name,
          role: value.role,
          keyHash: hashSecret(key),
          keyPrefix: keyPrefix(key),
          memberId: member?.id ?? null,
          defaultContact: value.contact,
          expiresAt: value.expiresAt,
          createdBy: p.name,
          createdByKeyId: p.keyId,
        }),
      );
      await appendAudit(m, [
        {
          actor: p.name,
          action: 'api_key.created',
          details: {
            keyId: saved.id,
            name: saved.name,
            role: saved.role,
            prefix: saved.keyPrefix,
            expiresAt: saved.expiresAt?.toISOString() ?? null,
            member: member?.externalId ?? null,
            byKeyId: p.keyId,
          },
        },
      ]);
      return { ...apiKeyView(saved, member), key };
    });
  }
}
