import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity, EventVersionEntity } from '@member-alerts/persistence';
import {
  cancellationRows,
  describeChanges,
  editRows,
  parseEvent,
  planEvent,
  withPreferences,
  type NewNotification,
  type Plan,
} from '@member-alerts/protocol';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { DispatchService } from '../queue/dispatch.service';
import { insertNotifications } from './notification-writer.util';
import { loadPreferences } from './preferences.util';
import { supersedePending } from './prior-recipients.util';

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

/** Edits and cancellations: each makes a new version and tells everyone it concerns, before or after. */
@Injectable()
export class ChangeEventUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly dispatch: DispatchService,
  ) {}

  async edit(cmd: ChangeEventCommand & { patch: unknown }): Promise<ChangedEvent> {
    const patch = cmd.patch;
    if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
      throw new BadInputError('the request body must be a JSON object of the fields to change', [
        { field: 'body', message: 'expected an object' },
      ]);
    }
    const { changeNote, ...fields } = patch as Record<string, unknown>;
    if (
      changeNote !== undefined &&
      (typeof changeNote !== 'string' || changeNote.length > 1000 || /[\r\n<>]/.test(changeNote))
    ) {
      throw new BadInputError('changeNote must be one line of plain text, at most 1000 characters', [
        { field: 'changeNote', message: 'one line of plain text, at most 1000 characters' },
      ]);
    }
    return this.newVersion(cmd, async (m, current) => {
      if ('kind' in fields && fields['kind'] !== current.kind) {
        throw new BadInputError('an event cannot change kind; cancel it and register a new one', [
          { field: 'kind', message: `is ${current.kind} and cannot change` },
        ]);
      }
      const merged: Record<string, unknown> = { ...current.payload, ...fields };
      for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
      // The boundaries in force now decide who is affected now.
      const ctx = await this.context.load(cmd.principal.councilId, m);
      const event = parseEvent(merged, ctx.divisions, ctx.policy);
      const plan: Plan = { ...planEvent(event, { ...ctx, now: new Date() }), eventId: current.id };
      const changes = describeChanges(current.payload, event);
      if (typeof changeNote === 'string' && changeNote.trim()) changes.unshift(changeNote.trim());
      if (changes.length === 0)
        throw new BadInputError('nothing changed: the edit is the same as the current version');
      const prior = await supersedePending(m, current.id, current.version + 1);
      const rows = editRows(current.id, current.version + 1, plan, prior, new Date());
      return {
        payload: { ...event },
        plan,
        rows,
        changes,
        status: 'active',
        title: event.title,
        generationId: ctx.generation.id,
      };
    });
  }

  async cancel(cmd: ChangeEventCommand & { reason?: unknown }): Promise<ChangedEvent> {
    const reason = cmd.reason;
    if (
      reason !== undefined &&
      (typeof reason !== 'string' || reason.length > 1000 || /[\r\n<>]/.test(reason))
    ) {
      throw new BadInputError('reason must be one line of plain text, at most 1000 characters', [
        { field: 'reason', message: 'one line of plain text, at most 1000 characters' },
      ]);
    }
    return this.newVersion(cmd, async (m, current) => {
      const prior = await supersedePending(m, current.id, current.version + 1);
      const rows = cancellationRows(current.id, current.version + 1, prior, new Date());
      const changes = [
        typeof reason === 'string' && reason.trim() ? `cancelled: ${reason.trim()}` : 'cancelled',
      ];
      return {
        payload: current.payload,
        plan: current.plan,
        rows,
        changes,
        status: 'cancelled',
        title: current.title,
        generationId: current.generationId,
      };
    });
  }

  private async newVersion(
    cmd: ChangeEventCommand,
    build: (
      m: EntityManager,
      current: EventEntity,
    ) => Promise<{
      payload: object;
      plan: Plan;
      rows: NewNotification[];
      changes: string[];
      status: 'active' | 'cancelled';
      title: string;
      generationId: string;
    }>,
  ): Promise<ChangedEvent> {
    const { result, inserted } = await this.db.transaction(async (m) => {
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
      const next = { ...built, rows: withPreferences(built.rows, current.kind, prefs) };
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
          details: { version, changes: next.changes, recipients: next.rows.length },
        },
      ]);
      const inserted = await insertNotifications(m, next.rows, {
        actor: cmd.principal.name,
        details: 'change',
      });
      return {
        result: { id: current.id, version, status: next.status, changes: next.changes, plan: next.plan },
        inserted,
      };
    });
    const notified = inserted.length;
    await this.dispatch.dispatch(inserted, cmd.requestId);
    return { ...result, notified };
  }
}
