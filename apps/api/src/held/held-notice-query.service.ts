import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationStatus } from '@member-alerts/persistence';
import type { EventKind, PreElectionPeriod } from '@member-alerts/protocol';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { checkUuid } from '../events/event-query.service';

interface HeldRow {
  id: string;
  event_id: string;
  title: string;
  kind: EventKind;
  event_version: number;
  recipient_kind: 'member' | 'officer';
  recipient_name: string;
  action: 'invite' | 'notify' | 'inform';
  change: 'new' | 'updated' | 'removed' | 'cancelled';
  send_at: Date;
  created_at: Date;
  status: NotificationStatus;
  held_for: PreElectionPeriod;
}

const SELECT = `SELECT n.id, n.event_id, e.title, e.kind, n.event_version, n.recipient_kind, n.recipient_name,
                       n.action, n.change, n.send_at, n.created_at, n.status, n.held_for
                  FROM notifications n JOIN events e ON e.id = n.event_id`;

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
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async list(principal: Principal) {
    const rows = await this.db.query<HeldRow[]>(
      `${SELECT} WHERE e.council_id = $1 AND n.status = 'held' ORDER BY n.send_at, n.created_at, n.recipient_name`,
      [principal.councilId],
    );
    const today = new Date().toISOString().slice(0, 10);
    const { policy } = await this.context.policyOf(principal.councilId);
    const periods = (policy.preElection ?? []).filter(
      (p) => p.to >= today,
    );
    for (const r of rows) if (!periods.some((p) => samePeriod(p, r.held_for))) periods.push(r.held_for);
    return { periods: periods.map(periodView), notices: rows.map(noticeView) };
  }

  /** One notice of the caller's council, as it is now. */
  async one(principal: Principal, id: string, m: EntityManager = this.db.manager): Promise<HeldNoticeView> {
    const [row] = await m.query<HeldRow[]>(
      `${SELECT} WHERE n.id = $1 AND e.council_id = $2 AND n.held_for IS NOT NULL`,
      [checkUuid(id, 'held notice'), principal.councilId],
    );
    if (!row) throw new NotFoundException(`no held notice ${id}`);
    return noticeView(row);
  }

  /** Locks a held notice of the caller's council for a decision; refuses one already decided, saying what became of it. */
  async lockHeld(m: EntityManager, principal: Principal, id: string): Promise<HeldNoticeView> {
    const [row] = await m.query<{ status: NotificationStatus }[]>(
      `SELECT n.status FROM notifications n JOIN events e ON e.id = n.event_id
        WHERE n.id = $1 AND e.council_id = $2 AND n.held_for IS NOT NULL FOR UPDATE OF n`,
      [checkUuid(id, 'held notice'), principal.councilId],
    );
    if (!row) throw new NotFoundException(`no held notice ${id}`);
    if (row.status !== 'held')
      throw new ConflictException(`This notice is no longer held: ${NOT_HELD[row.status]}.`);
    return this.one(principal, id, m);
  }
}
