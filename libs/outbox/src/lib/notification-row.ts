import type { EventKind } from '@member-alerts/protocol';
import type { NotificationEntity, NotificationStatus } from '@member-alerts/persistence';

/** A notifications row as PostgreSQL returns it. */
export interface NotificationColumns {
  id: string;
  event_id: string;
  event_version: number;
  recipient_kind: 'member' | 'officer';
  recipient_id: string;
  recipient_name: string;
  email: string;
  action: 'invite' | 'notify' | 'inform';
  change: NotificationEntity['change'];
  reasons: NotificationEntity['reasons'];
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

export function fromColumns(r: NotificationColumns): Partial<NotificationEntity> {
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

/** Whom a new row is for, and what it tells them; the other columns take their defaults. */
type WhoColumn = 'recipientKind' | 'recipientId' | 'recipientName' | 'email';
type WhatColumn = 'eventId' | 'eventVersion' | 'action' | 'change' | 'reasons' | 'sendAt';

/** A row to store: what each version means for each person. */
export type NewNotificationRow = Pick<NotificationEntity, WhoColumn | WhatColumn> & {
  digest?: boolean;
};

/** What the queue and the answer need of each stored row. */
export interface StoredNotification {
  readonly id: string;
  readonly eventId: string;
  readonly eventVersion: number;
  readonly recipientKind: 'member' | 'officer';
  readonly recipientId: string;
  readonly action: NotificationEntity['action'];
  readonly status: NotificationStatus;
  readonly digest: boolean;
  readonly sendAt: Date;
}

/** A row the sweeper hands to the queue, with its event's kind (for the queue's priority). */
export type DueRow = Omit<StoredNotification, 'sendAt'> & { readonly kind: EventKind };
