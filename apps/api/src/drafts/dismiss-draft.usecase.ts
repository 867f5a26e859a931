import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DraftEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { checkOneLine } from '../events/new-version.writer';
import { DraftQueryService } from './draft-query.service';
import type { DraftDetail } from './draft-view.util';

export interface DismissDraftCommand {
  readonly principal: Principal;
  readonly id: string;
  readonly reason: unknown;
}

/** An officer decides a draft is not for members, and says why: nothing is sent, and the audit log keeps the reason. */
@Injectable()
export class DismissDraftUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly query: DraftQueryService,
  ) {}

  async execute(cmd: DismissDraftCommand): Promise<DraftDetail> {
    checkOneLine('reason', cmd.reason);
    const reason = typeof cmd.reason === 'string' ? cmd.reason.trim() : '';
    if (!reason)
      throw new BadInputError(
        'Say why this draft is dismissed: nobody is told, so the reason is kept instead.',
        [{ field: 'reason', message: 'is required: why members need not be told, in one line' }],
      );
    await this.db.transaction(async (m) => {
      const draft = await this.query.lock(m, cmd.principal, cmd.id);
      if (draft.status === 'confirmed')
        throw new ConflictException(
          'This draft was confirmed and members have been told, so it cannot be dismissed. Cancel the event instead.',
        );
      if (draft.status === 'dismissed')
        throw new ConflictException(
          `This draft was already dismissed by ${draft.decidedBy ?? 'an officer'}: ${draft.dismissReason ?? ''}`,
        );
      const now = new Date();
      await m.update(
        DraftEntity,
        { id: draft.id },
        {
          status: 'dismissed',
          dismissReason: reason,
          decidedBy: cmd.principal.name,
          decidedAt: now,
          updatedAt: now,
        },
      );
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'draft.dismissed',
          details: {
            draft: draft.id,
            source: draft.source,
            origin: draft.origin,
            title: draft.title,
            reason,
          },
        },
      ]);
    });
    return this.query.one(cmd.principal, cmd.id);
  }
}
