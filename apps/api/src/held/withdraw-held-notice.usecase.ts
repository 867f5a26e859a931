import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { DataSource } from 'typeorm';
import { BadInputError } from '../common/bad-input.error';
import { checkOneLine } from '../events/new-version.writer';
import { HeldNoticeQueryService, type HeldNoticeView } from './held-notice-query.service';
import type { HeldNoticeCommand } from './release-held-notice.usecase';

/** Democratic services decide a held notice is never sent, and say why: the row and its audit line keep the reason. */
@Injectable()
export class WithdrawHeldNoticeUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly query: HeldNoticeQueryService,
  ) {}

  async execute(cmd: HeldNoticeCommand & { readonly reason: unknown }): Promise<HeldNoticeView> {
    checkOneLine('reason', cmd.reason);
    const reason = typeof cmd.reason === 'string' ? cmd.reason.trim() : '';
    if (!reason)
      throw new BadInputError('say why the notice is withdrawn: reason', [
        { field: 'reason', message: 'is required: why this notice is never sent, in one line' },
      ]);
    await this.db.transaction(async (m) => {
      const held = await this.query.lockHeld(m, cmd.principal, cmd.id);
      await this.notifications.withdraw(m, [held.id], cmd.principal.name, reason);
    });
    return this.query.one(cmd.principal, cmd.id);
  }
}
