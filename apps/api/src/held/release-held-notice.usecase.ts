import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { DispatchService } from '../queue/dispatch.service';
import { HeldNoticeQueryService, type HeldNoticeView } from './held-notice-query.service';

export interface HeldNoticeCommand {
  readonly principal: Principal;
  readonly id: string;
  readonly requestId?: string;
}

/**
 * Democratic services let a held notice go: the same row is sent as usual (now, or at its time if
 * that is still ahead), so it can never go twice. The queue gets it after the commit; if Redis is
 * away, the worker's sweeper sends it.
 */
@Injectable()
export class ReleaseHeldNoticeUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly dispatch: DispatchService,
    private readonly query: HeldNoticeQueryService,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: HeldNoticeCommand): Promise<HeldNoticeView> {
    const { held, rows } = await this.db.transaction(async (m) => {
      const held = await this.query.lockHeld(m, cmd.principal, cmd.id);
      return { held, rows: await this.notifications.release(m, [held.id], cmd.principal.name) };
    });
    // Queued as urgent or not by the rules in force: a released notice goes now either way.
    const { policy } = await this.context.policyOf(cmd.principal.councilId);
    await this.dispatch.dispatch(rows, policy.kinds[held.event.kind], cmd.requestId);
    return this.query.one(cmd.principal, held.id);
  }
}
