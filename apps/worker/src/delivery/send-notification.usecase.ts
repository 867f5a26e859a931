import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventVersionEntity, NotificationEntity } from '@member-alerts/persistence';
import type { Meeting, Reason } from '@member-alerts/protocol';
import { ackLink, type SendNotificationJob } from '@member-alerts/queue';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { composeMessage } from '../mail/compose-message';
import { MAIL_TRANSPORT } from '../mail/mail.tokens';
import type { MailTransport } from '../mail/mail-transport';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { classifyFailure, describeFailure } from './failure.util';

export type SendOutcome = 'sent' | 'skipped';

const CLAIMABLE = ['created', 'queued', 'temporary-failure'];

/**
 * Sends one notification. PostgreSQL decides: the row is claimed (`sending`) before the SMTP
 * conversation and marked `sent` with the Message-ID after the server accepts it, so a job that
 * Redis delivers twice, or a sweeper that re-enqueues it, cannot send it twice.
 */
@Injectable()
export class SendNotificationUseCase {
  private readonly logger = new Logger(SendNotificationUseCase.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
    private readonly metrics: DeliveryMetrics,
  ) {}

  /** A row left `sending` longer than this belongs to a worker that died mid-send. */
  get leaseMs(): number {
    return this.config.smtpTimeoutMs * 2 + 1_000;
  }

  async execute(job: SendNotificationJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const claimed = await this.claim(job.notificationId);
    if (!claimed) return this.whyNotClaimed(job.notificationId);
    const version = await this.db.manager.findOne(EventVersionEntity, {
      where: { eventId: claimed.eventId, version: claimed.eventVersion },
    });
    if (!version) {
      await this.finish(claimed.id, 'technical-failure', 'the event version is missing');
      throw new UnrecoverableError('event version missing');
    }
    const started = Date.now();
    try {
      const message = composeMessage({
        notification: { ...claimed, reasons: claimed.reasons as Reason[] },
        event: version.payload as MessageEvent,
        plan: version.plan as MessagePlan,
        changes: version.changes,
        ackUrl: ackLink(this.config.publicUrl, this.config.ackSecret, claimed.id, this.config.ackLinkDays),
        organiser: { name: 'Member Alerts', email: fromAddress(this.config.mailFrom) },
      });
      const info = await this.mail.send({
        from: this.config.mailFrom,
        to: `"${claimed.recipientName.replace(/["\\\r\n]/g, '')}" <${claimed.email}>`,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${claimed.id}.v${claimed.eventVersion}@member-alerts>`,
        headers: {
          'X-Member-Alerts-Notification': claimed.id,
          ...(job.requestId ? { 'X-Request-Id': job.requestId } : {}),
        },
        ...(message.calendar ? { calendar: message.calendar } : {}),
      });
      await this.db.query(
        `UPDATE notifications SET status = 'sent', message_id = $2, sent_at = now(), last_error = NULL, updated_at = now()
         WHERE id = $1 AND status = 'sending'`,
        [claimed.id, info.messageId],
      );
      await this.audit(claimed, 'notification.sent', {
        messageId: info.messageId,
        response: info.response,
        attempt: attemptsMade + 1,
      });
      this.metrics.sent(Date.now() - started);
      return 'sent';
    } catch (e) {
      const kind = classifyFailure(e);
      const reason = describeFailure(e);
      this.metrics.failed(kind);
      if (kind === 'permanent') {
        await this.finish(claimed.id, 'permanent-failure', reason);
        await this.audit(claimed, 'notification.failed', { class: kind, reason, attempt: attemptsMade + 1 });
        throw new UnrecoverableError(reason);
      }
      if (kind === 'technical') {
        this.logger.error({ err: e, notificationId: claimed.id, requestId: job.requestId }, 'could not send');
        await this.finish(claimed.id, 'technical-failure', reason);
        await this.audit(claimed, 'notification.failed', { class: kind, reason, attempt: attemptsMade + 1 });
        throw new UnrecoverableError(reason);
      }
      const last = attemptsMade + 1 >= maxAttempts;
      await this.finish(
        claimed.id,
        'temporary-failure',
        last ? `${reason} (gave up after ${maxAttempts} attempts)` : reason,
      );
      await this.audit(claimed, last ? 'notification.failed' : 'notification.retrying', {
        class: kind,
        reason,
        attempt: attemptsMade + 1,
      });
      throw e instanceof Error ? e : new Error(reason);
    }
  }

  private async claim(id: string): Promise<NotificationEntity | undefined> {
    const rows = await this.db.query<[{ id: string }[], number] | { id: string }[]>(
      `UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
       WHERE id = $1 AND (status = ANY($2) OR (status = 'sending' AND updated_at < now() - make_interval(secs => $3)))
       RETURNING id`,
      [id, CLAIMABLE, this.leaseMs / 1000],
    );
    const list = Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : (rows as { id: string }[]);
    if (list.length === 0) return undefined;
    return (await this.db.manager.findOne(NotificationEntity, { where: { id } })) ?? undefined;
  }

  private async whyNotClaimed(id: string): Promise<SendOutcome> {
    const row = await this.db.manager.findOne(NotificationEntity, { where: { id } });
    // Another worker holds it right now: try again later rather than risk a second copy.
    if (row?.status === 'sending') throw new Error(`notification ${id} is being sent by another worker`);
    return 'skipped';
  }

  private async finish(id: string, status: string, lastError: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = $2, last_error = $3, updated_at = now() WHERE id = $1 AND status = 'sending'`,
      [id, status, lastError],
    );
  }

  private async audit(
    n: NotificationEntity,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (actor, action, event_id, notification_id, details) VALUES ('worker', $1, $2, $3, $4)`,
      [action, n.eventId, n.id, JSON.stringify({ version: n.eventVersion, to: n.recipientName, ...details })],
    );
  }
}

type MessageEvent = Parameters<typeof composeMessage>[0]['event'];
type MessagePlan = {
  paragraph: string;
  summary: string;
  affectedDivisions: string[];
  countywide?: boolean;
  meeting?: Meeting;
};

function fromAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
