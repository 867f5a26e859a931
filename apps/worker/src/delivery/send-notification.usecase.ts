import { Inject, Injectable, Optional } from '@nestjs/common';
import { NotificationRepository } from '@member-alerts/outbox';
import { ackLink, eventPageLink } from '@member-alerts/auth';
import type { SendNotificationJob } from '@member-alerts/queue';
import {
  composeMessage,
  composeText,
  type Message,
  senderAsContact,
  type TextMessage,
} from '@member-alerts/render';
import { UnrecoverableError } from 'bullmq';
import { CHANNEL, TEXT_CHANNEL, type Channel } from '../channels/channel';
import { RevisionRulesStore } from '../config/revision-rules';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { deliver } from './deliver.util';
import { VersionStore } from './version-store';

export type SendOutcome = 'sent' | 'skipped';

/** Why a text was not sent by an installation that sends e-mail only. */
export const NO_TEXT_CHANNEL =
  'not sent: texts go through GOV.UK Notify, which this installation does not use (SMS_CHANNEL)';

/** A text as the channel seam carries it: the number is the address, the text its only body. */
function asMessage(t: TextMessage, name: string): Message {
  return {
    to: { name, address: t.to },
    subject: '',
    text: t.body,
    html: '',
    reference: t.reference,
    about: t.about,
  };
}

/**
 * Sends one notification. PostgreSQL decides: the row is claimed (`sending`) before the channel
 * sends and marked `sent` with the message's id after the service accepts it, so a job that
 * Redis delivers twice, or a sweeper that re-enqueues it, cannot send it twice.
 */
@Injectable()
export class SendNotificationUseCase {
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(CHANNEL) private readonly channel: Channel,
    private readonly store: NotificationRepository,
    private readonly versions: VersionStore,
    private readonly metrics: DeliveryMetrics,
    private readonly rules: RevisionRulesStore,
    @Optional() @Inject(TEXT_CHANNEL) private readonly textChannel: Channel | null = null,
  ) {}

  async execute(job: SendNotificationJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const row = await this.store.claimNotification(job.notificationId);
    if (!row) {
      // Another worker holds it right now: try again later rather than risk a second copy.
      if ((await this.store.status(job.notificationId)) === 'sending') {
        throw new Error(`notification ${job.notificationId} is being sent by another worker`);
      }
      return 'skipped';
    }
    const text = row.channel === 'sms' ? this.textChannel : null;
    if (row.channel === 'sms' && (!text || !row.mobile)) {
      // The e-mail channel cannot send a text: sent through it, it would be a second copy of the
      // e-mail. It stays in the outbox, marked, for an installation that sends texts.
      await this.store.markFailed([row.id], 'technical-failure', NO_TEXT_CHANNEL);
      return 'skipped';
    }
    const version = await this.versions.get(row.eventId, row.eventVersion);
    if (!version) {
      await this.store.markFailed([row.id], 'technical-failure', 'the event version is missing');
      throw new UnrecoverableError('event version missing');
    }
    // In the words of the revision the event was planned under, not one published since.
    const { wording } = await this.rules.rulesOf(version.under);
    await deliver(
      { store: this.store, channel: text ?? this.channel, metrics: this.metrics },
      [row],
      () => {
        const input = {
          notification: row,
          event: version.event,
          plan: version.plan,
          changes: version.changes,
          ackUrl: ackLink(this.config.publicUrl, this.config.ackSecret, row.id, this.config.ackLinkDays),
          eventUrl: eventPageLink(this.config.publicUrl, row.eventId),
          organiser: senderAsContact(this.config.mailFrom),
          council: wording,
        };
        const message: Message =
          text && row.mobile
            ? asMessage(composeText({ ...input, mobile: row.mobile }), row.recipientName)
            : composeMessage(input);
        return job.requestId
          ? { ...message, about: { ...message.about, requestId: job.requestId } }
          : message;
      },
      { made: attemptsMade, max: maxAttempts },
      job.requestId ? { requestId: job.requestId } : {},
    );
    return 'sent';
  }
}
