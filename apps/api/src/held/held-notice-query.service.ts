import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { type HeldRow, NotificationReports } from '@member-alerts/outbox';
import type { NotificationStatus } from '@member-alerts/persistence';
import type { PreElectionPeriod } from '@member-alerts/protocol';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { checkUuid } from '../events/event-query.service';

const periodView = (p: PreElectionPeriod) => ({
  election: p.election,
  from: p.from,
  to: p.to,
  divisions: p.divisions ? [...p.divisions] : null,
});

function noticeView(r: HeldRow) {
  return {
    id: r.id,
    event: { id: r.event_id, title: r.title, kind: r.kind, version: r.event_version },
    recipient: { kind: r.recipient_kind, name: r.recipient_name },
    action: r.action,
    change: r.change,
    sendAt: r.send_at.toISOString(),
    heldAt: r.created_at.toISOString(),
    status: r.status,
    heldFor: periodView(r.held_for),
  };
}
export type HeldNoticeView = ReturnType<typeof noticeView>;

const samePeriod = (a: PreElectionPeriod, b: PreElectionPeriod) =>
  a.election === b.election && a.from === b.from && a.to === b.to;

// What became of a notice that is no longer held, for the refusal.
const NOT_HELD: Readonly<Record<NotificationStatus, string>> = {
  created: 'it has been released and is on its way',
  queued: 'it has been released and is on its way',
  sending: 'it has been released and is being sent',
  sent: 'it has been released and sent',
  acknowledged: 'it has been released, sent and read',
  'temporary-failure': 'it has been released and is being sent',
  'permanent-failure': 'it has been released, and could not be delivered',
  'technical-failure': 'it has been released, and could not be delivered',
  cancelled: 'it was withdrawn, or a later version of the event replaced it',
  held: 'it is held',
};

/** The notices pre-election periods hold for democratic services, and the periods that hold them. */
@Injectable()
export class HeldNoticeQueryService {
  constructor(
    private readonly reports: NotificationReports,
    private readonly context: CouncilContextService,
  ) {}

  async list(principal: Principal) {
    const rows = await this.reports.held(principal.councilId);
    const today = new Date().toISOString().slice(0, 10);
    const { policy } = await this.context.policyOf(principal.councilId);
    const periods = (policy.preElection ?? []).filter((p) => p.to >= today);
    for (const r of rows) if (!periods.some((p) => samePeriod(p, r.held_for))) periods.push(r.held_for);
    return { periods: periods.map(periodView), notices: rows.map(noticeView) };
  }

  /** One notice of the caller's council, as it is now. */
  async one(principal: Principal, id: string, m?: EntityManager): Promise<HeldNoticeView> {
    const row = await this.reports.heldOne(principal.councilId, checkUuid(id, 'held notice'), m);
    if (!row) throw new NotFoundException(`no held notice ${id}`);
    return noticeView(row);
  }

  /** Locks a held notice of the caller's council for a decision; refuses one already decided, saying what became of it. */
  async lockHeld(m: EntityManager, principal: Principal, id: string): Promise<HeldNoticeView> {
    const status = await this.reports.lockHeld(m, principal.councilId, checkUuid(id, 'held notice'));
    if (!status) throw new NotFoundException(`no held notice ${id}`);
    if (status !== 'held') throw new ConflictException(`This notice is no longer held: ${NOT_HELD[status]}.`);
    return this.one(principal, id, m);
  }
}
