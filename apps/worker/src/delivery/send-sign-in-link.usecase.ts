import { Inject, Injectable } from '@nestjs/common';
import { SIGN_IN_LINK_MINUTES, signInLinkUrl } from '@member-alerts/auth';
import { SignInLinkRepository } from '@member-alerts/outbox';
import type { SendSignInLinkJob } from '@member-alerts/queue';
import { composeSignInLink } from '@member-alerts/render';
import { CHANNEL, type Channel } from '../channels/channel';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { sendRecorded } from './deliver.util';
import type { SendOutcome } from './send-notification.usecase';

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
    private readonly links: SignInLinkRepository,
    private readonly metrics: DeliveryMetrics,
  ) {}

  async execute(job: SendSignInLinkJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const row = await this.links.claim(job.linkId);
    if (!row) {
      if ((await this.links.status(job.linkId)) === 'sending')
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
          this.links.finish(row.id, 'sent', {
            error: null,
            messageId: info.messageId,
            action: 'sign-in-link.sent',
            details: { messageId: info.messageId, attempt },
          }),
        // A transient failure goes back to `queued`, for BullMQ's retry or, if that is lost, the sweeper.
        failed: (f) =>
          this.links.finish(row.id, f.last ? 'fail' : 'retry', {
            error: f.reason,
            messageId: null,
            action: f.last ? 'sign-in-link.failed' : 'sign-in-link.retrying',
            details: { class: f.kind, reason: f.reason, attempt: f.attempt },
          }),
      },
    );
    return 'sent';
  }
}
