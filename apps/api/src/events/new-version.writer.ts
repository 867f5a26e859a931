import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { EventEntity, EventVersionEntity } from '@member-alerts/persistence';
import {
  withHolds,
  withPreferences,
  type NewNotification,
  type Plan,
  type PriorRecipient,
} from '@member-alerts/protocol';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit, planRules } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService, registeredUnder } from '../council/council-context.service';
import { DispatchService } from '../queue/dispatch.service';
import { loadPreferences } from './preferences.util';
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
  payload: object;
  plan: Plan;
  rows: NewNotification[];
  changes: string[];
  status: 'active' | 'cancelled';
  title: string;
  generationId: string;
}

/**
 * Edits and cancellations each make a new version and tell everyone it concerns, before or after:
 * this stores it, in one transaction with the event locked, and hands the rows to the queue.
 */
@Injectable()
export class NewVersionWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatch: DispatchService,
    private readonly notifications: NotificationRepository,
    private readonly context: CouncilContextService,
  ) {}

  /** Everyone earlier versions named; their rows not gone yet give way to the new version. */
  async supersede(m: EntityManager, current: EventEntity): Promise<PriorRecipient[]> {
    const prior = await priorRecipients(this.notifications, m, current.id);
    await this.notifications.supersede(m, current.id, current.version + 1);
    return prior;
  }

  async write(
    cmd: ChangeEventCommand,
    build: (m: EntityManager, current: EventEntity) => Promise<NextVersion>,
  ): Promise<ChangedEvent> {
    const { result, inserted, kindRules } = await this.db.transaction(async (m) => {
      // Lock the event so two edits cannot both become version N+1.
      const current = await m
        .createQueryBuilder(EventEntity, 'e')
        .setLock('pessimistic_write')
        .where('e.id = :id AND e.council_id = :council', {
          id: cmd.eventId,
          council: cmd.principal.councilId,
        })
        .getOne();
      if (!current) throw new NotFoundException(`no event ${cmd.eventId}`);
      if (current.status === 'cancelled')
        throw new ConflictException('the event is cancelled and cannot change');
      const built = await build(m, current);
      const prefs = await loadPreferences(
        m,
        built.rows.map((r) => r.recipientId),
      );
      // Quiet hours, the daily summary and pre-election holds follow the rules the event was
      // registered under, as its plan does.
      const { policy } = await this.context.policyOf(cmd.principal.councilId, registeredUnder(current), m);
      const next = {
        ...built,
        rows: withHolds(withPreferences(built.rows, policy.kinds[current.kind], prefs), built.plan, policy),
      };
      const version = current.version + 1;
      await m.update(
        EventEntity,
        { id: current.id },
        {
          version,
          status: next.status,
          payload: next.payload,
          plan: next.plan,
          title: next.title,
          generationId: next.generationId,
        },
      );
      await m.insert(EventVersionEntity, {
        eventId: current.id,
        version,
        payload: next.payload,
        plan: next.plan,
        changes: next.changes,
        createdBy: cmd.principal.name,
      });
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: next.status === 'cancelled' ? 'event.cancelled' : 'event.edited',
          eventId: current.id,
          details: {
            version,
            changes: next.changes,
            recipients: next.rows.length,
            ...planRules(next.plan),
          },
        },
      ]);
      const inserted = await this.notifications.insert(m, next.rows, {
        actor: cmd.principal.name,
        details: 'change',
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
