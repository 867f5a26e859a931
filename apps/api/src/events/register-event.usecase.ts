import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { EventEntity, EventVersionEntity } from '@member-alerts/persistence';
import {
  councilWords,
  describeChanges,
  firstVersionRows,
  parseEvent,
  planEvent,
  withHolds,
  withPreferences,
  withTimings,
  type ParsedEvent,
  type Plan,
} from '@member-alerts/protocol';
import { DataSource, QueryFailedError } from 'typeorm';
import { appendAudit, planRules } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService, registeredUnder } from '../council/council-context.service';
import { ApiMetrics } from '../health/api-metrics';
import { DispatchService } from '../queue/dispatch.service';
import { defaultContactOf } from './default-contact.util';
import { EditEventUseCase } from './edit-event.usecase';
import { takeOrigin, type EventOrigin } from './event-origin.util';
import { IdempotencyStore } from './idempotency.store';
import { idempotencyClaim, type IdempotencyClaim } from './idempotency.util';
import { loadPreferences } from './preferences.util';
import type { RegisteredEvent, Registration } from './registered-event';

export interface RegisterEventCommand {
  readonly principal: Principal;
  readonly body: unknown;
  readonly requestId?: string;
  /** The Idempotency-Key header, when the caller sent one. */
  readonly idempotencyKey?: string;
}

/** A unique index said the row is already there: another request stored it first. */
function isTaken(e: unknown, constraint: string): boolean {
  const d = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : null;
  return d?.code === '23505' && d.constraint === constraint;
}

/**
 * Registers an event: checks it, plans it, and in one transaction stores the event, its first
 * version, one notification row per person and the audit lines. Only after the commit are the
 * rows handed to the queue.
 */
@Injectable()
export class RegisterEventUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly dispatch: DispatchService,
    private readonly notifications: NotificationRepository,
    private readonly editor: EditEventUseCase,
    private readonly keys: IdempotencyStore,
    private readonly metrics: ApiMetrics,
  ) {}

  /** The plan alone, with when members' preferences put their messages; nothing stored (POST /events/preview). */
  async preview(principal: Principal, body: unknown): Promise<Plan> {
    const ctx = await this.context.load(principal.councilId);
    const event = parseEvent(takeOrigin(body).fields, ctx.divisions, ctx.policy);
    const now = new Date();
    const plan = planEvent(event, { ...ctx, now });
    const prefs = await loadPreferences(
      this.db.manager,
      plan.recipients.filter((r) => r.kind === 'member').map((r) => r.id),
    );
    return withTimings(plan, prefs, now, ctx.policy.kinds[event.kind]);
  }

  /**
   * Every alert says whom to ask: the event's contact, else the signed-in officer, else the key's
   * default contact, else refused.
   */
  private async withContact(principal: Principal, event: ParsedEvent): Promise<ParsedEvent> {
    if (event.contact) return event;
    const contact = await defaultContactOf(this.db.manager, principal);
    if (contact) return { ...event, contact };
    throw new BadInputError('say who members should contact: contact.name and contact.email', [
      {
        field: 'contact',
        message: 'is required: the officer members should ask, { "name", "email", "phone" }',
      },
    ]);
  }

  /**
   * Registers an event, or answers the one already stored for the same source and reference (a
   * producer sending it again), or gives back the first answer for an Idempotency-Key already
   * used: a retry never makes a second event or a second e-mail.
   */
  async execute(cmd: RegisterEventCommand): Promise<Registration> {
    const { origin, fields } = takeOrigin(cmd.body);
    const claim =
      cmd.idempotencyKey === undefined ? null : idempotencyClaim(cmd.principal, cmd.idempotencyKey, cmd.body);
    const replayed = claim ? await this.keys.replay(claim) : null;
    if (replayed) return { created: false, answer: replayed };
    const answered = async (answer: RegisteredEvent): Promise<Registration> => {
      if (claim) await this.keys.keep(claim, answer);
      return { created: false, answer };
    };
    const known = origin ? await this.findBySource(cmd.principal.councilId, origin) : null;
    if (known && origin) return answered(await this.again(cmd, known, origin, fields));
    try {
      const answer = await this.registerNew(cmd, fields, origin, claim);
      if (claim) await this.keys.keep(claim, answer);
      return { created: true, answer };
    } catch (e) {
      // Two requests at once: the first one stored wins, and this one answers as a repeat.
      if (claim && isTaken(e, 'idempotency_keys_pkey')) {
        const first = await this.keys.replay(claim);
        if (first) return { created: false, answer: first };
      }
      const raced = origin && isTaken(e, 'events_council_source_ref');
      const stored = raced ? await this.findBySource(cmd.principal.councilId, origin) : null;
      if (stored && origin) return answered(await this.again(cmd, stored, origin, fields));
      throw e;
    }
  }

  private findBySource(councilId: string, origin: EventOrigin): Promise<EventEntity | null> {
    return this.db
      .getRepository(EventEntity)
      .findOneBy({ councilId, source: origin.source, sourceRef: origin.sourceRef });
  }

  /**
   * The same source and reference again: the stored event, unchanged, or a new version with the
   * usual change e-mails when what members read has changed.
   */
  private async again(
    cmd: RegisterEventCommand,
    stored: EventEntity,
    origin: EventOrigin,
    fields: unknown,
  ): Promise<RegisteredEvent> {
    // Checked under the rules it was registered under, as its edits are.
    const ctx = await this.context.load(cmd.principal.councilId, undefined, registeredUnder(stored));
    const event = await this.withContact(cmd.principal, parseEvent(fields, ctx.divisions, ctx.policy));
    const same = {
      id: stored.id,
      version: stored.version,
      status: stored.status,
      plan: stored.plan,
      queued: 0,
      outcome: 'unchanged' as const,
      ...origin,
    };
    if (describeChanges(stored.payload, event, councilWords(ctx.policy)).length === 0) return same;
    if (stored.status === 'cancelled')
      throw new ConflictException(
        `${origin.source} ${origin.sourceRef} was cancelled and cannot change; send it with a new reference to register it again`,
      );
    const edited = await this.editor.replace({
      principal: cmd.principal,
      eventId: stored.id,
      event,
      ...(cmd.requestId ? { requestId: cmd.requestId } : {}),
    });
    return {
      id: edited.id,
      version: edited.version,
      status: edited.status,
      plan: edited.plan,
      queued: edited.notified,
      outcome: 'updated',
      changes: edited.changes,
      ...origin,
    };
  }

  private async registerNew(
    cmd: RegisterEventCommand,
    fields: unknown,
    origin: EventOrigin | null,
    claim: IdempotencyClaim | null,
  ): Promise<RegisteredEvent> {
    const ctx = await this.context.load(cmd.principal.councilId);
    const event = await this.withContact(cmd.principal, parseEvent(fields, ctx.divisions, ctx.policy));
    const plan = planEvent(event, { ...ctx, now: new Date() });

    const { saved, rows } = await this.db.transaction(async (m) => {
      const saved = await m.save(
        m.create(EventEntity, {
          councilId: ctx.council.id,
          kind: event.kind,
          title: event.title,
          status: 'active',
          version: 1,
          payload: { ...event },
          plan: {},
          generationId: ctx.generation.id,
          createdBy: cmd.principal.name,
          source: origin?.source ?? null,
          sourceRef: origin?.sourceRef ?? null,
        }),
      );
      if (claim) await this.keys.remember(m, claim, saved.id);
      const storedPlan: Plan = { ...plan, eventId: saved.id };
      await m.update(EventEntity, { id: saved.id }, { plan: storedPlan });
      await m.insert(EventVersionEntity, {
        eventId: saved.id,
        version: 1,
        payload: saved.payload,
        plan: storedPlan,
        changes: [],
        createdBy: cmd.principal.name,
      });
      const planned = firstVersionRows(saved.id, storedPlan);
      const prefs = await loadPreferences(
        m,
        planned.map((r) => r.recipientId),
      );
      const rows = withHolds(withPreferences(planned, ctx.policy.kinds[event.kind], prefs), storedPlan, ctx.policy);
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'event.registered',
          eventId: saved.id,
          details: {
            version: 1,
            kind: event.kind,
            title: event.title,
            ...planRules(plan),
            recipients: rows.length,
            excluded: plan.excluded ?? [],
            ...(origin ?? {}),
          },
        },
      ]);
      const inserted = await this.notifications.insert(m, rows, {
        actor: cmd.principal.name,
        details: 'first',
      });
      return { saved: { ...saved, plan: storedPlan }, rows: inserted };
    });

    this.metrics.registered(event.kind);
    const queued = await this.dispatch.dispatch(rows, ctx.policy.kinds[event.kind], cmd.requestId);
    return {
      id: saved.id,
      version: 1,
      status: 'active',
      plan: saved.plan,
      queued,
      outcome: 'registered',
      ...(origin ?? {}),
    };
  }
}
