import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity, EventEntity, EventVersionEntity, OfficerEntity } from '@member-alerts/persistence';
import {
  firstVersionRows,
  parseEvent,
  planEvent,
  withPreferences,
  withTimings,
  type ParsedEvent,
  type Plan,
} from '@member-alerts/protocol';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { DispatchService } from '../queue/dispatch.service';
import { insertNotifications } from './notification-writer.util';
import { loadPreferences } from './preferences.util';

export interface RegisterEventCommand {
  readonly principal: Principal;
  readonly body: unknown;
  readonly requestId?: string;
}

export interface RegisteredEvent {
  readonly id: string;
  readonly version: number;
  readonly status: 'active';
  readonly plan: Plan;
  readonly queued: number;
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
  ) {}

  /** The plan alone, with when members' preferences put their messages; nothing stored (POST /events/preview). */
  async preview(principal: Principal, body: unknown): Promise<Plan> {
    const ctx = await this.context.load(principal.councilId);
    const event = parseEvent(body, ctx.divisions, ctx.policy);
    const now = new Date();
    const plan = planEvent(event, { ...ctx, now });
    const prefs = await loadPreferences(
      this.db.manager,
      plan.recipients.filter((r) => r.kind === 'member').map((r) => r.id),
    );
    return withTimings(plan, prefs, now);
  }

  /**
   * Every alert says whom to ask: the event's contact, else the signed-in officer, else the key's
   * default contact, else refused.
   */
  private async withContact(principal: Principal, event: ParsedEvent): Promise<ParsedEvent> {
    if (event.contact) return event;
    if (principal.officerId) {
      const officer = await this.db.getRepository(OfficerEntity).findOne({
        where: { id: principal.officerId },
        select: { id: true, name: true, email: true },
      });
      if (officer) return { ...event, contact: { name: officer.name, email: officer.email } };
    }
    const key = principal.keyId
      ? await this.db.getRepository(ApiKeyEntity).findOne({
          where: { id: principal.keyId },
          select: { id: true, defaultContact: true },
        })
      : null;
    if (key?.defaultContact) return { ...event, contact: key.defaultContact };
    throw new BadInputError('say who members should contact: contact.name and contact.email', [
      {
        field: 'contact',
        message: 'is required: the officer members should ask, { "name", "email", "phone" }',
      },
    ]);
  }

  async execute(cmd: RegisterEventCommand): Promise<RegisteredEvent> {
    const ctx = await this.context.load(cmd.principal.councilId);
    const event = await this.withContact(cmd.principal, parseEvent(cmd.body, ctx.divisions, ctx.policy));
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
        }),
      );
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
      const rows = withPreferences(planned, event.kind, prefs);
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'event.registered',
          eventId: saved.id,
          details: {
            version: 1,
            kind: event.kind,
            title: event.title,
            recipients: rows.length,
            excluded: plan.excluded ?? [],
          },
        },
      ]);
      const inserted = await insertNotifications(m, rows, { actor: cmd.principal.name, details: 'first' });
      return { saved: { ...saved, plan: storedPlan }, rows: inserted };
    });

    const queued = await this.dispatch.dispatch(rows, cmd.requestId);
    return { id: saved.id, version: 1, status: 'active', plan: saved.plan, queued };
  }
}
