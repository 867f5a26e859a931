import { Injectable, NotFoundException } from '@nestjs/common';
import { mobileInWords } from '@member-alerts/roster';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditLogEntity,
  EventEntity,
  EventVersionEntity,
  type NotificationEntity,
} from '@member-alerts/persistence';
import { NotificationRepository } from '@member-alerts/outbox';
import { councilWords, renderCirculation } from '@member-alerts/protocol';
import { DataSource } from 'typeorm';
import { alertView, readerDetails } from '../alerts/alert-view.util';
import { ownMemberId } from '../alerts/own-member.util';
import { hasRole, type Principal } from '../auth/principal';
import { isoInstant } from '../common/instant.util';
import { csvLine } from '../common/csv.util';
import { CouncilContextService, registeredUnder } from '../council/council-context.service';
import { eventsCsv } from './event-csv.util';
import { describeOrigin } from './event-origin.util';
import { searchPatterns, whereHappens, whereSearched } from './event-search.util';

export interface EventFilter {
  kind?: string;
  division?: string;
  status?: string;
  from?: string;
  to?: string;
  /** Words in the title, description or venue. */
  q?: string;
  /** When the event itself happens, not when it was registered. */
  happensFrom?: string;
  happensTo?: string;
  limit?: number;
  offset?: number;
}

// An export is one file: enough for years of a council's events, not an unbounded read.
export const EXPORT_MAX = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkUuid(id: string, what = 'id'): string {
  if (!UUID.test(id)) throw new NotFoundException(`no ${what} ${JSON.stringify(id.slice(0, 60))}`);
  return id;
}

export function notificationView(n: NotificationEntity) {
  return {
    id: n.id,
    version: n.eventVersion,
    recipient: { kind: n.recipientKind, id: n.recipientId, name: n.recipientName, email: n.email },
    channel: n.channel,
    mobile: n.mobile ? mobileInWords(n.mobile) : null,
    action: n.action,
    change: n.change,
    reasons: n.reasons,
    sendAt: n.sendAt,
    status: n.status,
    attempts: n.attempts,
    lastError: n.lastError,
    sentAt: n.sentAt,
    acknowledgedAt: n.acknowledgedAt,
    deliveryStatus: n.deliveryStatus,
    deliveryAt: n.deliveryAt,
  };
}

const eventHead = (e: EventEntity) => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  status: e.status,
  version: e.version,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

/** Reads for officers: events, who was told, how delivery went, and the audit trail. */
@Injectable()
export class EventQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly notifications: NotificationRepository,
  ) {}

  /** The events matching a filter, newest first, before paging. */
  private filtered(principal: Principal, f: EventFilter) {
    const q = this.db
      .createQueryBuilder(EventEntity, 'e')
      .where('e.council_id = :c', { c: principal.councilId })
      .orderBy('e.created_at', 'DESC');
    if (f.kind) q.andWhere('e.kind = :kind', { kind: f.kind });
    if (f.status) q.andWhere('e.status = :status', { status: f.status });
    const from = isoInstant(f.from, 'from');
    const to = isoInstant(f.to, 'to');
    if (from) q.andWhere('e.created_at >= :from', { from });
    if (to) q.andWhere('e.created_at <= :to', { to });
    whereHappens(q, isoInstant(f.happensFrom, 'happensFrom'), isoInstant(f.happensTo, 'happensTo'));
    const words = searchPatterns(f.q);
    if (words) whereSearched(q, words);
    if (f.division) {
      q.andWhere(
        `(e.plan -> 'affectedDivisions' ? :division OR (e.plan ->> 'adjoiningAlerted' = 'true' AND e.plan -> 'adjoiningDivisions' ? :division))`,
        { division: f.division },
      );
    }
    return q;
  }

  async list(principal: Principal, f: EventFilter) {
    const limit = Math.min(Math.max(f.limit ?? 50, 1), 500);
    const offset = Math.max(f.offset ?? 0, 0);
    const q = this.filtered(principal, f).take(limit).skip(offset);
    const [rows, total] = await q.getManyAndCount();
    return {
      total,
      limit,
      offset,
      events: rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        status: e.status,
        version: e.version,
        createdAt: e.createdAt,
        createdBy: e.createdBy,
        affectedDivisions: e.plan.affectedDivisions ?? [],
        recipients: e.plan.recipients?.length ?? 0,
      })),
    };
  }

  /** Every event matching the filter, as CSV for a spreadsheet. */
  async exportCsv(principal: Principal, f: EventFilter): Promise<string> {
    return eventsCsv(
      await this.filtered(principal, f).take(EXPORT_MAX).getMany(),
      (await this.context.policyOf(principal.councilId)).policy,
    );
  }

  async get(principal: Principal, id: string) {
    if (!hasRole(principal, ['officer', 'monitoring_officer'])) return this.forMember(principal, id);
    const e = await this.db.manager.findOne(EventEntity, {
      where: { id: checkUuid(id, 'event'), councilId: principal.councilId },
    });
    if (!e) throw new NotFoundException(`no event ${id}`);
    const notifications = await this.notifications.ofEventNewestFirst(e.id);
    const versions = await this.db.manager.find(EventVersionEntity, {
      where: { eventId: e.id },
      order: { version: 'ASC' },
    });
    const latest = notifications.filter((n) => n.eventVersion === e.version);
    const counts: Record<string, number> = {};
    for (const n of latest) counts[n.status] = (counts[n.status] ?? 0) + 1;
    return {
      ...eventHead(e),
      createdBy: e.createdBy,
      event: e.payload,
      origin:
        e.source && e.sourceRef
          ? {
              source: e.source,
              sourceRef: e.sourceRef,
              label: describeOrigin({ source: e.source, sourceRef: e.sourceRef }),
            }
          : null,
      plan: e.plan,
      delivery: counts,
      versions: versions.map((v) => ({
        version: v.version,
        changes: v.changes,
        createdAt: v.createdAt,
        createdBy: v.createdBy,
      })),
      notifications: notifications.map(notificationView),
    };
  }

  /**
   * A member or leader reads an event only if they were told of it (any version), and then only what
   * they were told and their own alerts. An event they were not told of answers as one that does
   * not exist, so its existence is not given away.
   */
  async forMember(principal: Principal, id: string) {
    const memberId = ownMemberId(principal);
    const e = await this.db.manager.findOne(EventEntity, {
      where: { id: checkUuid(id, 'event'), councilId: principal.councilId },
    });
    const mine = e ? await this.notifications.memberAlertsOfEvent(e.id, memberId) : [];
    // The Leader already sees every §36 escalation in GET /escalations, so may open those events too.
    const seen =
      mine.length > 0 ||
      (e !== null && hasRole(principal, ['leader']) && (await this.notifications.isEscalated(e.id)));
    if (!e || !seen) throw new NotFoundException(`no event ${id}`);
    return {
      ...eventHead(e),
      details: readerDetails(e),
      alerts: mine.map((n) => alertView(n, e)),
    };
  }

  async circulation(principal: Principal, id: string): Promise<string> {
    const e = await this.db.manager.findOne(EventEntity, {
      where: { id: checkUuid(id, 'event'), councilId: principal.councilId },
    });
    if (!e) throw new NotFoundException(`no event ${id}`);
    // In the words of the rules the event was planned under.
    const { policy } = await this.context.policyOf(principal.councilId, registeredUnder(e));
    return renderCirculation(e.plan, councilWords(policy));
  }

  async auditCsv(principal: Principal, id: string): Promise<string> {
    const e = await this.db.manager.findOne(EventEntity, {
      where: { id: checkUuid(id, 'event'), councilId: principal.councilId },
    });
    if (!e) throw new NotFoundException(`no event ${id}`);
    const lines = await this.db.manager.find(AuditLogEntity, {
      where: { eventId: e.id },
      order: { id: 'ASC' },
    });
    const notifications = new Map((await this.notifications.ofEvent(e.id)).map((n) => [n.id, n]));
    const out = [
      csvLine([
        'at',
        'actor',
        'action',
        'event_id',
        'version',
        'notification_id',
        'recipient',
        'email',
        'status_now',
        'details',
      ]),
    ];
    for (const l of lines) {
      const n = l.notificationId ? notifications.get(l.notificationId) : undefined;
      const version = (l.details as { version?: unknown }).version ?? n?.eventVersion ?? '';
      out.push(
        csvLine([
          l.at,
          l.actor,
          l.action,
          l.eventId,
          version,
          l.notificationId ?? '',
          n?.recipientName ?? '',
          n?.email ?? '',
          n?.status ?? '',
          l.details,
        ]),
      );
    }
    return `${out.join('\r\n')}\r\n`;
  }
}
