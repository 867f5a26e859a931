import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DRAFT_STATUSES, DraftEntity, type DraftStatus } from '@member-alerts/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { checkUuid } from '../events/event-query.service';
import { draftDetail, draftSummary, isWaiting, type DraftDetail } from './draft-view.util';

function statusOf(v: string | undefined): DraftStatus {
  if (v === undefined || v === '') return 'open';
  if ((DRAFT_STATUSES as readonly string[]).includes(v)) return v as DraftStatus;
  throw new BadInputError('status must be open, confirmed or dismissed', [
    { field: 'status', message: 'is one of: open (waiting for an officer), confirmed, dismissed' },
  ]);
}

/** The drafts of the caller's council, as officers see them. */
@Injectable()
export class DraftQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  private async waitingRule(councilId: string) {
    const { policy } = await this.context.policyOf(councilId);
    const now = new Date();
    return (d: DraftEntity) => isWaiting(d, now, policy.workingDays);
  }

  /** Open drafts unless another status is asked for; the newest first. */
  async list(principal: Principal, status: string | undefined) {
    const wanted = statusOf(status);
    const rows = await this.db.getRepository(DraftEntity).find({
      where: { councilId: principal.councilId, status: wanted },
      order: { receivedAt: 'DESC', id: 'ASC' },
      take: 500,
    });
    const waiting = await this.waitingRule(principal.councilId);
    return { status: wanted, drafts: rows.map((d) => draftSummary(d, waiting(d))) };
  }

  async one(principal: Principal, id: string, m: EntityManager = this.db.manager): Promise<DraftDetail> {
    const row = await m.findOneBy(DraftEntity, {
      id: checkUuid(id, 'draft'),
      councilId: principal.councilId,
    });
    if (!row) throw new NotFoundException(`There is no draft ${id}.`);
    const waiting = await this.waitingRule(principal.councilId);
    return draftDetail(row, waiting(row));
  }

  /** Locks a draft of the caller's council until the caller's transaction ends: one decision at a time. */
  async lock(m: EntityManager, principal: Principal, id: string): Promise<DraftEntity> {
    const row = await m
      .getRepository(DraftEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id AND d.council_id = :council', {
        id: checkUuid(id, 'draft'),
        council: principal.councilId,
      })
      .getOne();
    if (!row) throw new NotFoundException(`There is no draft ${id}.`);
    return row;
  }
}
