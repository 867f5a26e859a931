import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventWriter } from '@member-alerts/events';
import { NotificationRepository } from '@member-alerts/outbox';
import { EventEntity } from '@member-alerts/persistence';
import type { AlertEvent, NewNotification, Plan, PriorRecipient } from '@member-alerts/protocol';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService, registeredUnder } from '../council/council-context.service';
import { DispatchService } from '../queue/dispatch.service';
import { priorRecipients } from './prior-recipients.util';

export interface ChangeEventCommand {
  readonly principal: Principal;
  readonly eventId: string;
  readonly requestId?: string;
}

export interface ChangedEvent {
  readonly id: string;
  readonly version: number;
  readonly status: 'active' | 'cancelled';
  readonly changes: string[];
  readonly plan: Plan;
  readonly notified: number;
}

/** An edit's note or a cancellation's reason: one line of plain text, at most 1000 characters. */
export function checkOneLine(field: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || value.length > 1000 || /[\r\n<>]/.test(value))) {
    throw new BadInputError(`${field} must be one line of plain text, at most 1000 characters`, [
      { field, message: 'one line of plain text, at most 1000 characters' },
    ]);
  }
}

/** What an edit or a cancellation makes of the current version. */
export interface NextVersion {
  payload: AlertEvent;
  plan: Plan;
  rows: NewNotification[];
  changes: string[];
  status: 'active' | 'cancelled';
  title: string;
  generationId: string;
}

/** How a change is made: worked out from the version read (no lock held), then built under the lock. */
export interface VersionSteps<P> {
  /** Checking, matching and planning: run before the transaction, against the version read. */
  prepare(seen: EventEntity): Promise<P>;
  /** Under the lock, on that same version. */
  build(m: EntityManager, current: EventEntity, prepared: P): Promise<NextVersion>;
}

/** The event moved on between being read and being locked. */
class VersionMoved extends Error {}

/**
 * Edits and cancellations each make a new version and tell everyone it concerns, before or after:
 * this works the version out with no lock held, then stores it through the event writer, in one
 * transaction with the event locked, and hands the rows to the queue.
 */
@Injectable()
export class NewVersionWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatch: DispatchService,
    private readonly notifications: NotificationRepository,
    private readonly context: CouncilContextService,
    private readonly writer: EventWriter,
  ) {}

  /** Everyone earlier versions named; their rows not gone yet give way to the new version. */
  async supersede(m: EntityManager, current: EventEntity): Promise<PriorRecipient[]> {
    const prior = await priorRecipients(this.notifications, m, current.id);
    await this.notifications.supersede(m, current.id, current.version + 1);
    return prior;
  }

  async write<P>(cmd: ChangeEventCommand, steps: VersionSteps<P>): Promise<ChangedEvent> {
    // Another change may land while this one is worked out: it is worked out again once, against
    // the newer version, before the person is asked to look again.
    for (let attempt = 0; ; attempt++) {
      const seen = await this.current(cmd, this.db.manager);
      const prepared = await steps.prepare(seen);
      try {
        return await this.store(cmd, seen.version, (m, current) => steps.build(m, current, prepared));
      } catch (e) {
        if (!(e instanceof VersionMoved)) throw e;
        if (attempt > 0)
          throw new ConflictException(
            'the event was changed by someone else while this change was being worked out; open it again and make the change once more',
          );
      }
    }
  }

  /** The event, or 404; a cancelled one cannot change (409). Locked when `lock` is set. */
  private async current(cmd: ChangeEventCommand, m: EntityManager, lock = false): Promise<EventEntity> {
    const q = m.createQueryBuilder(EventEntity, 'e').where('e.id = :id AND e.council_id = :council', {
      id: cmd.eventId,
      council: cmd.principal.councilId,
    });
    // Locked so that two changes cannot both become version N+1.
    const current = await (lock ? q.setLock('pessimistic_write') : q).getOne();
    if (!current) throw new NotFoundException(`no event ${cmd.eventId}`);
    if (current.status === 'cancelled')
      throw new ConflictException('the event is cancelled and cannot change');
    return current;
  }

  private async store(
    cmd: ChangeEventCommand,
    seenVersion: number,
    build: (m: EntityManager, current: EventEntity) => Promise<NextVersion>,
  ): Promise<ChangedEvent> {
    const { result, inserted, kindRules } = await this.db.transaction(async (m) => {
      const current = await this.current(cmd, m, true);
      if (current.version !== seenVersion) throw new VersionMoved();
      const next = await build(m, current);
      // Quiet hours, the daily summary and pre-election holds follow the rules the event was
      // registered under, as its plan does.
      const { policy } = await this.context.policyOf(cmd.principal.councilId, registeredUnder(current), m);
      const version = current.version + 1;
      const inserted = await this.writer.writeVersion(m, {
        eventId: current.id,
        version,
        councilId: current.councilId,
        kind: current.kind,
        title: next.title,
        status: next.status,
        payload: next.payload,
        plan: next.plan,
        generationId: next.generationId,
        changes: next.changes,
        rows: next.rows,
        policy,
        actor: cmd.principal.name,
      });
      return {
        result: { id: current.id, version, status: next.status, changes: next.changes, plan: next.plan },
        inserted,
        kindRules: policy.kinds[current.kind],
      };
    });
    const notified = inserted.length;
    await this.dispatch.dispatch(inserted, kindRules, cmd.requestId);
    return { ...result, notified };
  }
}
