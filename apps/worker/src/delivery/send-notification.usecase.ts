import { Inject, Injectable } from '@nestjs/common';
import { NotificationRepository } from '@member-alerts/outbox';
import { ackLink, eventPageLink } from '@member-alerts/auth';
import type { Policy } from '@member-alerts/protocol';
import type { SendNotificationJob } from '@member-alerts/queue';
import { UnrecoverableError } from 'bullmq';
import { COUNCIL_POLICY } from '../config/council-policy';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { composeMessage } from '../mail/compose-message';
import { councilWording, type CouncilWording } from '../mail/message-input';
import type { MailTransport } from '../mail/mail-transport';
import { MAIL_TRANSPORT } from '../mail/mail.tokens';
import { deliver, quotedRecipient, senderAsContact } from './deliver.util';
import { VersionStore } from './version-store';

export type SendOutcome = 'sent' | 'skipped';

/**
 * Sends one notification. PostgreSQL decides: the row is claimed (`sending`) before the SMTP
 * conversation and marked `sent` with the Message-ID after the server accepts it, so a job that
 * Redis delivers twice, or a sweeper that re-enqueues it, cannot send it twice.
 */
@Injectable()
export class SendNotificationUseCase {
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
    private readonly store: NotificationRepository,
    private readonly versions: VersionStore,
    private readonly metrics: DeliveryMetrics,
    @Inject(COUNCIL_POLICY) policy: Policy,
  ) {
    this.council = councilWording(policy);
  }

  private readonly council: CouncilWording;

  async execute(job: SendNotificationJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const row = await this.store.claimNotification(job.notificationId);
    if (!row) {
      // Another worker holds it right now: try again later rather than risk a second copy.
      if ((await this.store.status(job.notificationId)) === 'sending') {
        throw new Error(`notification ${job.notificationId} is being sent by another worker`);
      }
      return 'skipped';
    }
    const version = await this.versions.get(row.eventId, row.eventVersion);
    if (!version) {
      await this.store.markFailed([row.id], 'technical-failure', 'the event version is missing');
      throw new UnrecoverableError('event version missing');
    }
    await deliver(
      { store: this.store, mail: this.mail, metrics: this.metrics },
      [row],
      () => {
        const message = composeMessage({
          notification: row,
          event: version.event,
          plan: version.plan,
          changes: version.changes,
          ackUrl: ackLink(this.config.publicUrl, this.config.ackSecret, row.id, this.config.ackLinkDays),
          eventUrl: eventPageLink(this.config.publicUrl, row.eventId),
          organiser: senderAsContact(this.config.mailFrom),
          council: this.council,
        });
        return {
          from: this.config.mailFrom,
          replyTo: message.replyTo,
          to: quotedRecipient(row.recipientName, row.email),
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: `<${row.id}.v${row.eventVersion}@member-alerts>`,
          headers: {
            'X-Member-Alerts-Notification': row.id,
            ...(job.requestId ? { 'X-Request-Id': job.requestId } : {}),
          },
          ...(message.calendar ? { calendar: message.calendar } : {}),
        };
      },
      { made: attemptsMade, max: maxAttempts },
      job.requestId ? { requestId: job.requestId } : {},
    );
    return 'sent';
  }
}
