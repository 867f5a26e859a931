import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import {
  councilChoices,
  holdsWaiting,
  londonDate,
  londonDay,
  withTakesEffect,
  type Policy,
} from '@member-alerts/protocol';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { isCalendarDate } from '../boundaries/boundary-input.util';
import { BadInputError } from '../common/bad-input.error';
import { ServedDocument } from '../common/served-document.service';
import { checkedPolicy, policyText } from './policy-text.util';
import { storeRevision } from './policy-revision.store';
import { PolicyRevisionsQuery, type RevisionListing } from './policy-revisions.query';

export interface PublishPolicyCommand {
  readonly principal: Principal;
  readonly body: unknown;
  /** The London day it takes effect, "YYYY-MM-DD". */
  readonly inForceFrom: string | undefined;
}

const dayRefused = (message: string) =>
  new BadInputError(`inForceFrom ${message}`, [{ field: 'inForceFrom', message }]);

/** A real calendar day, today in London or later. */
function checkDay(day: string | undefined, today: string): string {
  if (day === undefined || !isCalendarDate(day))
    throw dayRefused('give the London day the revision takes effect, as YYYY-MM-DD (for example 2027-04-01)');
  if (day < today)
    throw dayRefused(
      `is in the past: a revision takes effect today (${londonDay(today) ?? today}) or later, so no event already planned changes its rules`,
    );
  return day;
}

/**
 * Publishes a checked policy file as the council's next revision, taking effect on a London day:
 * today or later, and not before the last revision. The stored file says that day. Events already
 * registered keep the revision they were planned under, so no notice already sent changes.
 */
@Injectable()
export class PublishPolicyUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revisions: PolicyRevisionsQuery,
    private readonly served: ServedDocument,
    private readonly outbox: NotificationRepository,
  ) {}

  /**
   * A period the revision adds holds the notices still waiting for their time (never those queued,
   * being sent or sent) as if they had been planned under it: those of a kind it holds, due inside
   * the period on or after the day it takes effect. Democratic services release or withdraw them.
   */
  private async holdWaiting(
    m: EntityManager,
    cmd: PublishPolicyCommand,
    policy: Policy,
    revision: number,
  ): Promise<void> {
    if ((policy.preElection ?? []).length === 0) return;
    const waiting = await this.outbox.waitingOf(m, cmd.principal.councilId);
    const held = waiting.flatMap((row) => {
      const heldFor = holdsWaiting(policy, row);
      return heldFor ? [{ id: row.id, heldFor }] : [];
    });
    await this.outbox.hold(m, held, cmd.principal.name, revision);
  }

  async execute(cmd: PublishPolicyCommand): Promise<RevisionListing> {
    const inForceFrom = checkDay(cmd.inForceFrom, londonDate(new Date()));
    const uploaded = policyText(cmd.body);
    checkedPolicy(uploaded);
    // Checked again as it will be stored: working days, for one, depend on the date.
    const text = withTakesEffect(uploaded, inForceFrom);
    const policy = checkedPolicy(text);
    const saved = await this.db.transaction(async (m) => {
      const stored = await storeRevision(m, {
        councilId: cmd.principal.councilId,
        text,
        takesEffect: inForceFrom,
        publishedBy: cmd.principal.name,
        inOrder: true,
        details: {
          kinds: Object.keys(policy.kinds).length,
          councilChoices: councilChoices(policy).length,
        },
      });
      await this.holdWaiting(m, cmd, policy, stored.number);
      return stored;
    });
    // A kind, body or role the revision adds is accepted from now on, without a restart.
    await this.served.refresh();
    const listed = await this.revisions.list(cmd.principal.councilId);
    const entry = listed.revisions.find((r) => r.number === saved.number);
    if (!entry) throw new Error(`revision ${saved.number} was stored but is not listed`);
    return entry;
  }
}
