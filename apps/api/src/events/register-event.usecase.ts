import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventWriter, loadPreferences } from '@member-alerts/events';
import { EventEntity } from '@member-alerts/persistence';
import {
  councilWords,
  describeChanges,
  firstVersionRows,
  withTimings,
  type ParsedEvent,
  type Plan,
} from '@member-alerts/protocol';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import {
  CouncilContextService,
  type CouncilFacts,
  registeredUnder,
} from '../council/council-context.service';
import { ApiMetrics } from '../health/api-metrics';
import { PlanningPool } from '../planning/planning-pool.service';
import { DispatchService } from '../queue/dispatch.service';
import { defaultContactOf } from './default-contact.util';
import { EditEventUseCase } from './edit-event.usecase';
import { takeOrigin, type EventOrigin } from './event-origin.util';
import { IdempotencyStore } from './idempotency.store';
import { idempotencyClaim, type IdempotencyClaim } from './idempotency.util';
import type { RegisteredEvent, Registration } from './registered-event';

/** An event checked for a registration, with the council's facts it was checked against when they are those in force now. */
export interface CheckedEvent {
  readonly event: ParsedEvent;
  readonly facts?: CouncilFacts;
}

/** An event every way in has parsed, with where it came from. */
export interface RegisterParsedCommand extends CheckedEvent {
  readonly principal: Principal;
  readonly origin: EventOrigin | null;
  readonly requestId?: string;
  /** POST /events only: the Idempotency-Key, kept with the event in its transaction. */
  readonly claim?: IdempotencyClaim | null;
}

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
 * Registers an event: every way in (POST /events, the console, the producers) parses what it was
 * given into a `ParsedEvent` and calls `registerParsed`, which plans it and has the event writer
 * store version 1 in one transaction. Only after the commit are the rows handed to the queue.
 */
@Injectable()
export class RegisterEventUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly planning: PlanningPool,
    private readonly dispatch: DispatchService,
    private readonly writer: EventWriter,
    private readonly editor: EditEventUseCase,
    private readonly keys: IdempotencyStore,
    private readonly metrics: ApiMetrics,
  ) {}

  /** The plan alone, with when members' preferences put their messages; nothing stored (POST /events/preview). */
  async preview(principal: Principal, body: unknown): Promise<Plan> {
    const facts = await this.context.facts(principal.councilId);
    const now = new Date();
    const { plan } = await this.planning.checkAndPlan(facts, takeOrigin(body).fields, now);
    const prefs = await loadPreferences(
      this.db.manager,
      plan.recipients.filter((r) => r.kind === 'member').map((r) => r.id),
    );
    return withTimings(plan, prefs, now, facts.policy.kinds[plan.kind]);
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
   * Checks a registration's fields against the council's divisions and rules (400 in words when
   * wrong) and gives the event a contact: what every way in hands to `registerParsed`. An event
   * already stored for the same source and reference is checked under the rules it was registered
   * under, as its edits are.
   */
  async parse(
    principal: Principal,
    fields: unknown,
    origin: EventOrigin | null = null,
  ): Promise<CheckedEvent> {
    const stored = origin ? await this.findBySource(principal.councilId, origin) : null;
    const facts = await this.context.facts(
      principal.councilId,
      undefined,
      stored ? registeredUnder(stored) : {},
    );
    const event = await this.withContact(principal, await this.planning.check(facts, fields));
    // Checked under the rules in force now: planning it as a new event needs the same facts.
    return stored ? { event } : { event, facts };
  }

  /**
   * A registration's body (POST /events and the console): `source` and `sourceRef` taken off, the
   * rest parsed, then registered as every other way in registers. An Idempotency-Key already used
   * gives back the first answer.
   */
  async execute(cmd: RegisterEventCommand): Promise<Registration> {
    const { origin, fields } = takeOrigin(cmd.body);
    const claim =
      cmd.idempotencyKey === undefined ? null : idempotencyClaim(cmd.principal, cmd.idempotencyKey, cmd.body);
    const replayed = claim ? await this.keys.replay(claim) : null;
    if (replayed) return { created: false, answer: replayed };
    return this.registerParsed({
      principal: cmd.principal,
      ...(await this.parse(cmd.principal, fields, origin)),
      origin,
      ...(cmd.requestId ? { requestId: cmd.requestId } : {}),
      claim,
    });
  }

  /**
   * Registers an event already parsed, or answers the one already stored for the same source and
   * reference (a producer sending it again): a retry never makes a second event or a second e-mail.
   */
  async registerParsed(cmd: RegisterParsedCommand): Promise<Registration> {
    const { origin, claim = null } = cmd;
    const answered = async (answer: RegisteredEvent): Promise<Registration> => {
      if (claim) await this.keys.keep(claim, answer);
      return { created: false, answer };
    };
    const known = origin ? await this.findBySource(cmd.principal.councilId, origin) : null;
    if (known && origin) return answered(await this.again(cmd, known, origin));
    try {
      const answer = await this.registerNew(cmd, origin, claim);
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
      if (stored && origin) return answered(await this.again(cmd, stored, origin));
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
    cmd: RegisterParsedCommand,
    stored: EventEntity,
    origin: EventOrigin,
  ): Promise<RegisteredEvent> {
    const { policy } = await this.context.policyOf(cmd.principal.councilId, registeredUnder(stored));
    const event = cmd.event;
    const same = {
      id: stored.id,
      version: stored.version,
      status: stored.status,
      plan: stored.plan,
      queued: 0,
      outcome: 'unchanged' as const,
      ...origin,
    };
    if (describeChanges(stored.payload, event, councilWords(policy)).length === 0) return same;
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

  /** A new event: planned before the transaction, its id made first, then written as version 1. */
  private async registerNew(
    cmd: RegisterParsedCommand,
    origin: EventOrigin | null,
    claim: IdempotencyClaim | null,
  ): Promise<RegisteredEvent> {
    const { event, principal } = cmd;
    const ctx = cmd.facts ?? (await this.context.facts(principal.councilId));
    const id = randomUUID();
    const plan: Plan = { ...(await this.planning.plan(ctx, event, new Date())), eventId: id };

    const rows = await this.db.transaction(async (m) => {
      const rows = await this.writer.writeVersion(m, {
        eventId: id,
        version: 1,
        councilId: ctx.council.id,
        kind: event.kind,
        title: event.title,
        status: 'active',
        payload: { ...event },
        plan,
        generationId: ctx.generation.id,
        changes: [],
        rows: firstVersionRows(id, plan),
        policy: ctx.policy,
        actor: principal.name,
        origin,
      });
      if (claim) await this.keys.remember(m, claim, id);
      return rows;
    });

    this.metrics.registered(event.kind);
    const queued = await this.dispatch.dispatch(rows, ctx.policy.kinds[event.kind], cmd.requestId);
    return { id, version: 1, status: 'active', plan, queued, outcome: 'registered', ...(origin ?? {}) };
  }
}
