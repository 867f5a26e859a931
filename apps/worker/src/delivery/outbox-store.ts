import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationEntity, type NotificationStatus } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';

const CLAIMABLE = ['created', 'queued', 'temporary-failure'];

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
  reasons: unknown[];
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
          AND (status = ANY($${n + 1}) OR (status = 'sending' AND updated_at < now() - make_interval(secs => $${n + 2})))
        RETURNING *`,
      [...params, CLAIMABLE, this.leaseSeconds],
    );
    const rows = (Array.isArray(result[0]) ? result[0] : result) as ClaimedRow[];
    return rows
      .map((r) => this.db.manager.create(NotificationEntity, fromColumns(r)))
      .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async status(id: string): Promise<NotificationStatus | undefined> {
    return (
      await this.db.manager.findOne(NotificationEntity, { where: { id }, select: { id: true, status: true } })
    )?.status;
  }

  /**
   * Marks rows sent and writes their audit lines, in one statement. The audit lines are written for
   * every row given, as before: the server accepted the message whatever became of the row.
   */
  async markSent(ids: readonly string[], messageId: string, details: Record<string, unknown>): Promise<void> {
    await this.db.query(
      `WITH sent AS (
         UPDATE notifications SET status = 'sent', message_id = $2, sent_at = now(), last_error = NULL, updated_at = now()
          WHERE id = ANY($1) AND status = 'sending'
       )
       INSERT INTO audit_log (actor, action, event_id, notification_id, details)
       SELECT 'worker', 'notification.sent', r.event_id, r.id,
              $3::jsonb || jsonb_build_object('version', r.event_version, 'to', r.recipient_name)
         FROM notifications r WHERE r.id = ANY($1)`,
      [ids, messageId, JSON.stringify(details)],
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
