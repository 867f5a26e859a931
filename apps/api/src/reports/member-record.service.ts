import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ownMemberId } from '../alerts/own-member.util';
import { periodInWords, type ReportPeriod } from './report-period.util';

/** The most alerts a councillor's record lists: a quarter's, many times over. */
export const RECORD_LIMIT = 500;

interface RecordRow {
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

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A councillor's own record over a period: what they were told, when, and what they acknowledged. */
@Injectable()
export class MemberRecordService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(p: Principal, period: ReportPeriod) {
    const memberId = ownMemberId(p);
    const rows = await this.db.query<RecordRow[]>(
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
        LIMIT ${RECORD_LIMIT}`,
      [p.councilId, memberId, period.from, period.to],
    );
    const first = rows[0];
    return {
      period: { ...period, words: periodInWords(period) },
      total: first?.total ?? 0,
      delivered: first?.delivered ?? 0,
      acknowledged: first?.acknowledged ?? 0,
      alerts: rows.map((r) => ({
        id: r.id,
        eventId: r.eventId,
        title: r.title,
        kind: r.kind,
        change: r.change,
        status: r.status,
        sentAt: iso(r.sentAt),
        acknowledgedAt: iso(r.acknowledgedAt),
      })),
    };
  }
}
