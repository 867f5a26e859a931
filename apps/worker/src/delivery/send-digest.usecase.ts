import { Inject, Injectable } from '@nestjs/common';
import { NotificationRepository } from '@member-alerts/outbox';
import { ackLink, eventPageLink } from '@member-alerts/auth';
import type { SendDigestJob } from '@member-alerts/queue';
import { digestItem, digestMessage, senderAsContact, type CouncilWording } from '@member-alerts/render';
import { CHANNEL, type Channel } from '../channels/channel';
import { RevisionRulesStore } from '../config/revision-rules';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { deliver } from './deliver.util';
import { VersionStore, type MessageVersion } from './version-store';
import type { SendOutcome } from './send-notification.usecase';

/** Sends a member's daily digest: every digest row that has fallen due, in one e-mail. */
@Injectable()
export class SendDigestUseCase {
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(CHANNEL) private readonly channel: Channel,
    private readonly store: NotificationRepository,
    private readonly versions: VersionStore,
    private readonly metrics: DeliveryMetrics,
    private readonly rules: RevisionRulesStore,
  ) {}

  async execute(job: SendDigestJob, attemptsMade: number, maxAttempts: number): Promise<SendOutcome> {
    const rows = await this.store.claimDigest(job.recipientId);
    if (rows.length === 0) return 'skipped';
    const byKey = new Map<string, MessageVersion | undefined>();
    // Each item in the words of the revision its event was planned under.
    const wordingOf = new Map<string, CouncilWording>();
    for (const r of rows) {
      const key = `${r.eventId}|${r.eventVersion}`;
      if (byKey.has(key)) continue;
      const version = await this.versions.get(r.eventId, r.eventVersion);
      byKey.set(key, version);
      if (version) wordingOf.set(key, (await this.rules.rulesOf(version.under)).wording);
    }
    const first = rows[0] as (typeof rows)[number];
    // The digest's own lines use the newest revision among its items (the starting file's when none loaded).
    const latest = [...byKey.values()].reduce<MessageVersion | undefined>(
      (a, v) => (v && (!a || (v.under.revision ?? 0) > (a.under.revision ?? 0)) ? v : a),
      undefined,
    );
    const council = (await this.rules.rulesOf(latest?.under ?? { councilId: '' })).wording;
    const organiser = senderAsContact(this.config.mailFrom);
    await deliver(
      { store: this.store, channel: this.channel, metrics: this.metrics },
      rows,
      () =>
        digestMessage(
          { name: first.recipientName, address: first.email },
          rows.map((r) =>
            digestItem({
              notification: r,
              version: byKey.get(`${r.eventId}|${r.eventVersion}`),
              eventUrl: eventPageLink(this.config.publicUrl, r.eventId),
              ackUrl: ackLink(this.config.publicUrl, this.config.ackSecret, r.id, this.config.ackLinkDays),
              organiser,
              council: wordingOf.get(`${r.eventId}|${r.eventVersion}`) ?? council,
            }),
          ),
          `digest-${first.recipientId}-${Math.floor(Date.parse(job.dueAt) / 60_000)}`,
          council,
        ),
      { made: attemptsMade, max: maxAttempts },
      { digest: true, items: rows.length },
    );
    return 'sent';
  }
}
