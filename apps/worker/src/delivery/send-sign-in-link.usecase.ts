import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SIGN_IN_LINK_MINUTES, signInLinkUrl } from '@member-alerts/auth';
import type { SendSignInLinkJob } from '@member-alerts/queue';
import { composeSignInLink } from '@member-alerts/render';
import { DataSource } from 'typeorm';
import { CHANNEL, type Channel } from '../channels/channel';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { sendRecorded } from './deliver.util';
import type { SendOutcome } from './send-notification.usecase';

interface ClaimedLink {
  id: string;
  name: string;
  email: string;
  attempts: number;
}

/**
 * Sends the one e-mail carrying a sign-in link. As for alerts, PostgreSQL decides: the row is
 * claimed (`sending`) before the channel sends and marked `sent` after the service accepts it,
 * so a job delivered twice, or re-enqueued by the sweeper, sends nothing more. A link already used
 * or past its expiry is not sent at all.
 */
@Injectable()
export class SendSignInLinkUseCase {
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(CHANNEL) private readonly channel: Channel,
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: DeliveryMetrics,
  ) {}

  async execute(job: SendSignInLinkJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const [claimed] = await this.db.query<[ClaimedLink[], number]>(
      `UPDATE sign_in_links SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND status IN ('created', 'queued') AND used_at IS NULL AND expires_at > now()
      RETURNING id, name, email, attempts`,
      [job.linkId],
    );
    const row = claimed[0];
    if (!row) {
      const [state] = await this.db.query<{ status: string }[]>(
        'SELECT status FROM sign_in_links WHERE id = $1',
        [job.linkId],
      );
      if (state?.status === 'sending')
        throw new Error(`sign-in link ${job.linkId} is being sent by another worker`);
      return 'skipped';
    }
    await sendRecorded(
      { channel: this.channel, metrics: this.metrics },
      () =>
        composeSignInLink({
          id: row.id,
          name: row.name,
          email: row.email,
          url: signInLinkUrl(this.config.publicUrl, this.config.ackSecret, row.id),
          minutes: SIGN_IN_LINK_MINUTES,
        }),
      // Each claim counts an attempt: one claimed before may have reached the service already.
      { made: attemptsMade, max: maxAttempts, mayHaveGone: row.attempts > 1 },
      {
        sent: (info, attempt) =>
          this.finish(row.id, 'sent', null, info.messageId, 'sign-in-link.sent', {
            messageId: info.messageId,
            attempt,
          }),
        // A transient failure goes back to `queued`, for BullMQ's retry or, if that is lost, the sweeper.
        failed: (f) =>
          this.finish(
            row.id,
            f.last ? 'failed' : 'queued',
            f.reason,
            null,
            f.last ? 'sign-in-link.failed' : 'sign-in-link.retrying',
            { class: f.kind, reason: f.reason, attempt: f.attempt },
          ),
      },
    );
    return 'sent';
  }

  private async finish(
    id: string,
    status: 'sent' | 'queued' | 'failed',
    error: string | null,
    messageId: string | null,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.db.query(
      `WITH u AS (
         UPDATE sign_in_links SET status = $2, last_error = $3, message_id = COALESCE($4, message_id), updated_at = now()
          WHERE id = $1 RETURNING id, name
       )
       INSERT INTO audit_log (actor, action, details)
       SELECT 'worker', $5, $6::jsonb || jsonb_build_object('linkId', u.id, 'to', u.name) FROM u`,
      [id, status, error, messageId, action, JSON.stringify(details)],
    );
  }
}
