import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationEntity, type NotificationStatus } from '@member-alerts/persistence';
import { DataSource, In } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';

const CLAIMABLE = ['created', 'queued', 'temporary-failure'];

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

  /** Claims rows for sending: those waiting, or held by a worker whose lease ran out. */
  async claim(where: string, params: unknown[]): Promise<NotificationEntity[]> {
    const n = params.length;
    const result = await this.db.query<[{ id: string }[], number] | { id: string }[]>(
      `UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE ${where}
          AND (status = ANY($${n + 1}) OR (status = 'sending' AND updated_at < now() - make_interval(secs => $${n + 2})))
        RETURNING id`,
      [...params, CLAIMABLE, this.leaseSeconds],
    );
    const ids = (Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
    if (ids.length === 0) return [];
    return this.db.manager.find(NotificationEntity, {
      where: { id: In(ids.map((r) => r.id)) },
      order: { sendAt: 'ASC', id: 'ASC' },
    });
  }

  async status(id: string): Promise<NotificationStatus | undefined> {
    return (
      await this.db.manager.findOne(NotificationEntity, { where: { id }, select: { id: true, status: true } })
    )?.status;
  }

  async markSent(ids: readonly string[], messageId: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = 'sent', message_id = $2, sent_at = now(), last_error = NULL, updated_at = now()
        WHERE id = ANY($1) AND status = 'sending'`,
      [ids, messageId],
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
