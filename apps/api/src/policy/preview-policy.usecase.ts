import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity } from '@member-alerts/persistence';
import {
  comparePlans,
  EventValidationError,
  indexRoster,
  parseEvent,
  planEvent,
  type PlanChange,
  type PlanContext,
  type Policy,
} from '@member-alerts/protocol';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService, type CouncilContext } from '../council/council-context.service';
import { registeredUnder } from '../council/council-context.service';
import { checkedPolicy, policyText } from './policy-text.util';

/** How far back a preview looks, and how many events it re-plans at most. */
export const PREVIEW_DAYS = 90;
export const PREVIEW_MOST = 500;

/** One event the new rules would plan differently. */
export interface EventPreview extends Partial<PlanChange> {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly registeredAt: string;
  /** The revision it was planned under. */
  readonly revision: number;
  /** Why the new rules could not plan it at all. */
  readonly refused?: string;
}

export interface PolicyPreview {
  readonly from: string;
  readonly checked: number;
  /** More events were registered than a preview re-plans: the newest were. */
  readonly more: boolean;
  readonly unchanged: number;
  readonly events: readonly EventPreview[];
}

const changed = (c: PlanChange) =>
  c.added.length + c.dropped.length + c.reasonsChanged.length > 0 || c.timing !== undefined || c.excluded;

/**
 * What a checked policy file would change: each active event registered in the last 90 days is
 * planned again under it and under the revision it was registered under, with the same roster and
 * boundaries (today's) and the same clock (its registration), so only the rules differ. Nothing is
 * stored and nobody is told.
 */
@Injectable()
export class PreviewPolicyUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(principal: Principal, body: unknown): Promise<PolicyPreview> {
    const next = checkedPolicy(policyText(body));
    const from = new Date(Date.now() - PREVIEW_DAYS * 24 * 3600_000);
    const events = await this.db.manager.find(EventEntity, {
      where: { councilId: principal.councilId, status: 'active', createdAt: MoreThanOrEqual(from) },
      order: { createdAt: 'DESC' },
      take: PREVIEW_MOST + 1,
    });
    const ctx = await this.context.load(principal.councilId);
    // Every event is planned twice with the same roster: it is grouped once.
    const roster = indexRoster(ctx.members);
    const previews: EventPreview[] = [];
    for (const e of events.slice(0, PREVIEW_MOST)) {
      const preview = await this.previewOne(e, { ...ctx, roster }, next);
      if (preview) previews.push(preview);
    }
    const checked = Math.min(events.length, PREVIEW_MOST);
    return {
      from: from.toISOString(),
      checked,
      more: events.length > PREVIEW_MOST,
      unchanged: checked - previews.length,
      events: previews,
    };
  }

  private async previewOne(
    e: EventEntity,
    ctx: CouncilContext & Pick<PlanContext, 'roster'>,
    next: Policy,
  ): Promise<EventPreview | undefined> {
    const under = await this.context.policyOf(e.councilId, registeredUnder(e));
    const base = {
      divisions: ctx.divisions,
      members: ctx.members,
      roster: ctx.roster,
      officers: ctx.officers,
      now: e.createdAt,
    };
    const about = {
      id: e.id,
      title: e.title,
      kind: e.kind,
      registeredAt: e.createdAt.toISOString(),
      revision: under.revision.number,
    };
    let before;
    try {
      before = planEvent(parseEvent(e.payload, ctx.divisions, under.policy), {
        ...base,
        policy: under.policy,
      });
    } catch (err) {
      // Today's boundaries may no longer hold the event's divisions: nothing to compare with.
      if (err instanceof EventValidationError) return undefined;
      throw err;
    }
    try {
      const after = planEvent(parseEvent(e.payload, ctx.divisions, next), { ...base, policy: next });
      const change = comparePlans(before, after);
      return changed(change) ? { ...about, ...change } : undefined;
    } catch (err) {
      if (!(err instanceof EventValidationError)) throw err;
      return {
        ...about,
        refused: `The new rules would refuse it: ${err.errors.map((x) => `${x.field} ${x.message}`).join('; ')}`,
      };
    }
  }
}
