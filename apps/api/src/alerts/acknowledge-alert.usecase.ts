import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { EventEntity, type NotificationStatus } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';

/** Who acknowledges: a member signed in (key or console), or whoever holds the e-mail's signed link. */
export type Acknowledger =
  | {
      readonly kind: 'member';
      readonly actor: string;
      readonly via: 'api key' | 'console';
      readonly memberId: string;
      readonly councilId: string;
    }
  | { readonly kind: 'link' };

export interface AcknowledgeAlertCommand {
  readonly notificationId: string;
  readonly by: Acknowledger;
}

export interface AcknowledgedAlert {
  readonly id: string;
  readonly status: 'acknowledged';
  readonly acknowledgedAt: Date;
  /** True when an earlier request had already acknowledged it. */
  readonly alreadyAcknowledged: boolean;
}

const SIGNED_LINK = 'signed link';

function notYet(status: NotificationStatus): string {
  switch (status) {
    case 'created':
    case 'queued':
    case 'sending':
    case 'held':
      return 'this alert has not been sent yet, so it cannot be acknowledged';
    case 'temporary-failure':
    case 'permanent-failure':
    case 'technical-failure':
      return 'this alert was not delivered, so it cannot be acknowledged';
    case 'cancelled':
      return 'this alert was withdrawn before it was sent (a later version replaced it, or democratic services withdrew it)';
    case 'sent':
    case 'acknowledged':
      return `this alert is ${status}`;
  }
}

/** Records that a member has read an alert. Idempotent: a second acknowledgement keeps the first time. */
@Injectable()
export class AcknowledgeAlertUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(cmd: AcknowledgeAlertCommand): Promise<AcknowledgedAlert> {
    const { by } = cmd;
    return this.db.transaction(async (m) => {
      // The lock makes two acknowledgements at once record one time and one audit line.
      const n = await this.notifications.lockForUpdate(m, cmd.notificationId);
      const event = n ? await m.findOne(EventEntity, { where: { id: n.eventId } }) : null;
      // Someone else's alert answers as if it did not exist, so ids cannot be probed.
      const mine =
        by.kind === 'link' ||
        (n?.recipientKind === 'member' && n.recipientId === by.memberId && event?.councilId === by.councilId);
      if (!n || !mine) {
        throw new NotFoundException(
          'this alert is not one of yours, so you cannot acknowledge it; only the councillor it was sent to can',
        );
      }

      if (n.status === 'acknowledged') {
        const acknowledgedAt = n.acknowledgedAt ?? n.updatedAt;
        return { id: n.id, status: 'acknowledged', acknowledgedAt, alreadyAcknowledged: true };
      }
      if (n.status !== 'sent') throw new ConflictException(notYet(n.status));

      const acknowledgedAt = new Date();
      await this.notifications.acknowledge(m, n, {
        actor: by.kind === 'link' ? SIGNED_LINK : by.actor,
        via: by.kind === 'link' ? 'link' : by.via,
        at: acknowledgedAt,
      });
      return { id: n.id, status: 'acknowledged', acknowledgedAt, alreadyAcknowledged: false };
    });
  }
}
