import { Injectable } from '@nestjs/common';
import { NotificationReports } from '@member-alerts/outbox';
import type { Principal } from '../auth/principal';
import { ownMemberId } from '../alerts/own-member.util';
import { periodInWords, type ReportPeriod } from './report-period.util';

/** The most alerts a councillor's record lists: a quarter's, many times over. */
export const RECORD_LIMIT = 500;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A councillor's own record over a period: what they were told, when, and what they acknowledged. */
@Injectable()
export class MemberRecordService {
  constructor(private readonly reports: NotificationReports) {}

  async record(p: Principal, period: ReportPeriod) {
    const memberId = ownMemberId(p);
    const rows = await this.reports.memberRecord(
      { councilId: p.councilId, memberId, from: period.from, to: period.to },
      RECORD_LIMIT,
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
