import { Inject, Injectable } from '@nestjs/common';
import { NotificationRepository } from '@member-alerts/outbox';
import { whenInWords, type Policy } from '@member-alerts/protocol';
import { ackLink, eventPageLink } from '@member-alerts/auth';
import type { SendDigestJob } from '@member-alerts/queue';
import { COUNCIL_POLICY } from '../config/council-policy';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { composeDigest } from '../mail/compose-digest';
import { whatToDo } from '../mail/compose-message';
import { contactOf, councilWording, type CouncilWording } from '../mail/message-input';
import type { MailTransport } from '../mail/mail-transport';
import { MAIL_TRANSPORT } from '../mail/mail.tokens';
import { deliver, quotedRecipient, senderAsContact } from './deliver.util';
import { VersionStore, type MessageVersion } from './version-store';
import type { SendOutcome } from './send-notification.usecase';

/** Sends a member's daily digest: every digest row that has fallen due, in one e-mail. */
@Injectable()
export class SendDigestUseCase {
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

  async execute(job: SendDigestJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const rows = await this.store.claimDigest(job.recipientId);
    if (rows.length === 0) return 'skipped';
    const byKey = new Map<string, MessageVersion | undefined>();
    for (const r of rows) {
      const key = `${r.eventId}|${r.eventVersion}`;
      if (!byKey.has(key)) byKey.set(key, await this.versions.get(r.eventId, r.eventVersion));
    }
    const first = rows[0] as (typeof rows)[number];
    const organiser = senderAsContact(this.config.mailFrom);
    await deliver(
      { store: this.store, mail: this.mail, metrics: this.metrics },
      rows,
      () => {
        const digest = composeDigest(
          first.recipientName,
          rows.map((r) => {
            const version = byKey.get(`${r.eventId}|${r.eventVersion}`);
            const plan = version?.plan;
            const event = version?.event;
            const divisions = plan?.countywide
              ? this.council.wholeArea
              : (plan?.affectedDivisions ?? []).join(', ');
            const when = whenInWords(event?.startsAt ?? event?.opensAt, event?.endsAt ?? event?.closesAt);
            return {
              notificationId: r.id,
              title: plan?.title ?? 'An alert',
              summary: plan?.summary ?? '',
              ...(event?.description ? { description: event.description } : {}),
              where: event?.venue ? `${event.venue} (${divisions})` : divisions,
              ...(when ? { when } : {}),
              whatToDo: whatToDo(r, event ?? {}, contactOf({ event, organiser })),
              ...(event?.contact ? { contact: event.contact } : {}),
              eventUrl: eventPageLink(this.config.publicUrl, r.eventId),
              change: r.change,
              reasons: r.reasons,
              ackUrl: ackLink(this.config.publicUrl, this.config.ackSecret, r.id, this.config.ackLinkDays),
            };
          }),
          this.council,
        );
        return {
          from: this.config.mailFrom,
          to: quotedRecipient(first.recipientName, first.email),
          ...digest,
          messageId: `<digest-${first.recipientId}-${Math.floor(Date.parse(job.dueAt) / 60_000)}@member-alerts>`,
          headers: { 'X-Member-Alerts-Notification': rows.map((r) => r.id).join(', ') },
        };
      },
      { made: attemptsMade, max: maxAttempts },
      { digest: true, items: rows.length },
    );
    return 'sent';
  }
}
