import type { NotificationStatus } from '@member-alerts/persistence';
import type { EventKind, PreElectionPeriod } from '@member-alerts/protocol';
import type { DataSource, EntityManager } from 'typeorm';
import { REPORT_FIGURES, figureEvents, type Figure } from './compliance-report.sql';

/** A notice a pre-election period held, with its event's title and kind. */
export interface HeldRow {
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

/** One line of a councillor's record, with the record's totals on every line. */
export interface RecordRow {
  id: string;
  eventId: string;
  title: string;
  kind: string;
  change: string;
  status: string;
  sentAt: Date | null;
  acknowledgedAt: Date | null;
  total: number;
  delivered: number;
  acknowledged: number;
}

/** The compliance report's filter, as its statement takes it. */
export interface ComplianceParams {
  readonly councilId: string;
  /** First and last day, London dates (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  /** For each kind, the date field its timing counts from. */
  readonly timedFields: Readonly<Record<string, string>>;
  readonly kind: string | null;
  /** 'none': events that name no service. */
  readonly service: string | null;
  readonly division: string | null;
}

/** One event behind a figure. */
export interface FigureEventRow {
  id: string;
  title: string;
  kind: string;
  registeredAt: Date;
  notices: number;
}

const HELD = `SELECT n.id, n.event_id, e.title, e.kind, n.event_version, n.recipient_kind, n.recipient_name,
                     n.action, n.change, n.send_at, n.created_at, n.status, n.held_for
                FROM notifications n JOIN events e ON e.id = n.event_id`;

const complianceArgs = (p: ComplianceParams): unknown[] => [
  p.councilId,
  p.from,
  p.to,
  JSON.stringify(p.timedFields),
  p.kind,
  p.service,
  p.division,
];

/**
 * The read model of the notifications table for reports and democratic services: rows joined to
 * their events and counted several ways. Its statements read; NotificationRepository writes.
 */
export class NotificationReports {
  constructor(private readonly db: DataSource) {}

  /** The notices of a council that pre-election periods hold now, soonest due first. */
  held(councilId: string): Promise<HeldRow[]> {
    return this.db.query<HeldRow[]>(
      `${HELD} WHERE e.council_id = $1 AND n.status = 'held' ORDER BY n.send_at, n.created_at, n.recipient_name`,
      [councilId],
    );
  }

  /** One notice of the council that a period held (or holds), as it is now. */
  async heldOne(
    councilId: string,
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<HeldRow | undefined> {
    const [row] = await m.query<HeldRow[]>(
      `${HELD} WHERE n.id = $1 AND e.council_id = $2 AND n.held_for IS NOT NULL`,
      [id, councilId],
    );
    return row;
  }

  /** Locks such a notice for the caller's transaction; gives its status now. */
  async lockHeld(m: EntityManager, councilId: string, id: string): Promise<NotificationStatus | undefined> {
    const [row] = await m.query<{ status: NotificationStatus }[]>(
      `SELECT n.status FROM notifications n JOIN events e ON e.id = n.event_id
        WHERE n.id = $1 AND e.council_id = $2 AND n.held_for IS NOT NULL FOR UPDATE OF n`,
      [id, councilId],
    );
    return row?.status;
  }

  /** A councillor's alerts made between two London dates (not withdrawn), newest first, at most `limit`. */
  memberRecord(
    q: { readonly councilId: string; readonly memberId: string; readonly from: string; readonly to: string },
    limit: number,
  ): Promise<RecordRow[]> {
    return this.db.query<RecordRow[]>(
      `SELECT n.id, n.event_id AS "eventId", e.title, e.kind, n.change, n.status,
              n.sent_at AS "sentAt", n.acknowledged_at AS "acknowledgedAt",
              count(*) OVER ()::int AS total,
              count(n.sent_at) OVER ()::int AS delivered,
              count(n.acknowledged_at) OVER ()::int AS acknowledged
         FROM notifications n
         JOIN events e ON e.id = n.event_id
        WHERE e.council_id = $1 AND n.recipient_kind = 'member' AND n.recipient_id = $2
          AND n.status <> 'cancelled'
          AND n.created_at >= ($3::date)::timestamp AT TIME ZONE 'Europe/London'
          AND n.created_at < ($4::date + 1)::timestamp AT TIME ZONE 'Europe/London'
        ORDER BY n.created_at DESC, n.event_version DESC
        LIMIT ${limit}`,
      [q.councilId, q.memberId, q.from, q.to],
    );
  }

  /** Every compliance figure for the whole period, each kind, each service and each month. */
  complianceFigures<Row>(p: ComplianceParams): Promise<Row[]> {
    return this.db.query<Row[]>(REPORT_FIGURES, complianceArgs(p));
  }

  /** The events behind one figure, newest first, at most `limit`. */
  figureEvents(p: ComplianceParams, figure: Figure, limit: number): Promise<FigureEventRow[]> {
    return this.db.query<FigureEventRow[]>(figureEvents(figure, limit), complianceArgs(p));
  }
}
