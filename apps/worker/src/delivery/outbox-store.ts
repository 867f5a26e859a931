import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationEntity, type NotificationStatus } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { GroupCommit } from './group-commit.util';

const CLAIMABLE = ['created', 'queued', 'temporary-failure'];
/** Waiting (`$k` is CLAIMABLE), or held by a worker whose lease (`$k+1` seconds) ran out. */
const claimableNow = (k: number) =>
  `(status = ANY($${k}) OR (status = 'sending' AND updated_at < now() - make_interval(secs => $${k + 1})))`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SentItem {
  readonly id: string;
  readonly messageId: string;
  readonly details: Record<string, unknown>;
}

/** A notifications row as PostgreSQL returns it. */
interface ClaimedRow {
  id: string;
  event_id: string;
  event_version: number;
  recipient_kind: 'member' | 'officer';
  recipient_id: string;
  recipient_name: string;
  email: string;
  action: 'invite' | 'notify' | 'inform';
  change: NotificationEntity['change'];
  reasons: NotificationEntity['reasons'];
  send_at: Date;
  digest: boolean;
  status: NotificationStatus;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  created_at: Date;
  updated_at: Date;
  queued_at: Date | null;
  sent_at: Date | null;
  acknowledged_at: Date | null;
}

function fromColumns(r: ClaimedRow): Partial<NotificationEntity> {
  return {
    id: r.id,
    eventId: r.event_id,
    eventVersion: r.event_version,
    recipientKind: r.recipient_kind,
    recipientId: r.recipient_id,
    recipientName: r.recipient_name,
    email: r.email,
    action: r.action,
    change: r.change,
    reasons: r.reasons,
    sendAt: r.send_at,
    digest: r.digest,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    messageId: r.message_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    queuedAt: r.queued_at,
    sentAt: r.sent_at,
    acknowledgedAt: r.acknowledged_at,
  };
}

/**
 * The worker's reads and writes of notification rows. Every change of status is guarded by the
 * status it expects, so two workers can never both send one row.
 */
@Injectable()
export class OutboxStore {
  // A busy worker finishes several jobs while one statement is in flight: their claims, and their
  // "sent" marks, go to PostgreSQL together (see GroupCommit).
  private readonly claims = new GroupCommit<string, NotificationEntity | undefined>((ids) =>
    this.claimNotifications(ids),
  );
  private readonly sent = new GroupCommit<readonly SentItem[], void>(async (groups) => {
    await this.writeSent(groups.flat());
    return groups.map(() => undefined);
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  /** A row left `sending` longer than this belongs to a worker that died mid-send. */
  get leaseSeconds(): number {
    return (this.config.smtpTimeoutMs * 2 + 1_000) / 1000;
  }

  /**
   * Claims rows for sending: those waiting, or held by a worker whose lease ran out. One round trip:
   * the claimed rows come back from the UPDATE itself.
   */
  async claim(where: string, params: unknown[]): Promise<NotificationEntity[]> {
    const n = params.length;
    const result = await this.db.query<[ClaimedRow[], number] | ClaimedRow[]>(
      `UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE ${where}
          AND ${claimableNow(n + 1)}
        RETURNING *`,
      [...params, CLAIMABLE, this.leaseSeconds],
    );
    return this.entities(result).sort(
      (a, b) => a.sendAt.getTime() - b.sendAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** Claims one immediate (not digest) notification, grouped with other jobs' claims. */
  claimNotification(id: string): Promise<NotificationEntity | undefined> {
    return UUID.test(id) ? this.claims.submit(id) : Promise.resolve(undefined);
  }

  private async claimNotifications(ids: readonly string[]): Promise<(NotificationEntity | undefined)[]> {
    // The group takes only rows nobody has locked this instant, so it never waits while holding
    // locks (no deadlock with the API marking a chunk queued, or with another worker's group).
    const grouped = await this.db.query<[ClaimedRow[], number] | ClaimedRow[]>(
      `UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE id IN (
          SELECT id FROM notifications
           WHERE id = ANY($1::uuid[]) AND NOT digest AND ${claimableNow(2)}
           FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [ids, CLAIMABLE, this.leaseSeconds],
    );
    const byId = new Map(this.entities(grouped).map((e) => [e.id, e]));
    // The rest (locked a moment ago, or not claimable at all) are claimed one by one, each waiting
    // for its lock as a single claim always did.
    const rest = [...new Set(ids)].filter((id) => !byId.has(id));
    for (const id of rest) {
      const [row] = await this.claim(`id = $1 AND NOT digest`, [id]);
      if (row) byId.set(id, row);
    }
    // One row is one send: should an id come twice in a group, only its first caller gets the row.
    return ids.map((id) => {
      const row = byId.get(id);
      byId.delete(id);
      return row;
    });
  }

  private entities(result: [ClaimedRow[], number] | ClaimedRow[]): NotificationEntity[] {
    const rows = (Array.isArray(result[0]) ? result[0] : result) as ClaimedRow[];
    return rows.map((r) => this.db.manager.create(NotificationEntity, fromColumns(r)));
  }

  async status(id: string): Promise<NotificationStatus | undefined> {
    return (
      await this.db.manager.findOne(NotificationEntity, { where: { id }, select: { id: true, status: true } })
    )?.status;
  }

  /**
   * Marks rows sent and writes their audit lines, grouped with other jobs' marks in one statement.
   * The audit lines are written for every row given: the server accepted the message whatever
   * became of the row.
   */
  markSent(ids: readonly string[], messageId: string, details: Record<string, unknown>): Promise<void> {
    return this.sent.submit(ids.map((id) => ({ id, messageId, details })));
  }

  private async writeSent(items: readonly SentItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.query(
      `WITH s AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS s(id, message_id, details)
       ), sent AS (
         UPDATE notifications n SET status = 'sent', message_id = s.message_id, sent_at = now(),
                last_error = NULL, updated_at = now()
           FROM s WHERE n.id = s.id AND n.status = 'sending'
       )
       INSERT INTO audit_log (actor, action, event_id, notification_id, details)
       SELECT 'worker', 'notification.sent', r.event_id, r.id,
              s.details || jsonb_build_object('version', r.event_version, 'to', r.recipient_name)
         FROM s JOIN notifications r ON r.id = s.id`,
      [items.map((i) => i.id), items.map((i) => i.messageId), items.map((i) => JSON.stringify(i.details))],
    );
  }

  async markFailed(ids: readonly string[], status: NotificationStatus, lastError: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = $2, last_error = $3, updated_at = now() WHERE id = ANY($1) AND status = 'sending'`,
      [ids, status, lastError],
    );
  }

  async audit(
    rows: readonly NotificationEntity[],
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO audit_log (actor, action, event_id, notification_id, details)
       SELECT 'worker', $1, r.event_id, r.id, $3::jsonb || jsonb_build_object('version', r.event_version, 'to', r.recipient_name)
         FROM notifications r WHERE r.id = ANY($2)`,
      [action, rows.map((r) => r.id), JSON.stringify(details)],
    );
  }
}
