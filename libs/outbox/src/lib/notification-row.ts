import type { EventKind, PreElectionPeriod } from '@member-alerts/protocol';
import type {
  DeliveryStatus,
  NotificationChannel,
  NotificationEntity,
  NotificationStatus,
} from '@member-alerts/persistence';

/** A notifications row as PostgreSQL returns it. */
export interface NotificationColumns {
  id: string;
  event_id: string;
  event_version: number;
  recipient_kind: 'member' | 'officer';
  recipient_id: string;
  recipient_name: string;
  email: string;
  channel: NotificationChannel;
  mobile: string | null;
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
  held_for: PreElectionPeriod | null;
  provider_id: string | null;
  delivery_status: DeliveryStatus | null;
  delivery_at: Date | null;
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
    channel: r.channel,
    mobile: r.mobile,
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
    heldFor: r.held_for,
    providerId: r.provider_id,
    deliveryStatus: r.delivery_status,
    deliveryAt: r.delivery_at,
  };
}

/** Whom a new row is for, and what it tells them; the other columns take their defaults. */
type WhoColumn = 'recipientKind' | 'recipientId' | 'recipientName' | 'email';
type WhatColumn = 'eventId' | 'eventVersion' | 'action' | 'change' | 'reasons' | 'sendAt';

/** A row to store: what each version means for each person. */
export type NewNotificationRow = Pick<NotificationEntity, WhoColumn | WhatColumn> & {
  digest?: boolean;
  /** Unset: an e-mail. A text carries the member's mobile number too. */
  channel?: NotificationChannel;
  mobile?: string;
  /** A pre-election period holds it for democratic services: it is stored `held`, not `created`. */
  heldFor?: PreElectionPeriod;
};

/** What the queue and the answer need of each stored row. */
export interface StoredNotification {
  readonly id: string;
  readonly eventId: string;
  readonly eventVersion: number;
  readonly recipientKind: 'member' | 'officer';
  readonly recipientId: string;
  readonly channel: NotificationChannel;
  readonly action: NotificationEntity['action'];
  readonly status: NotificationStatus;
  readonly digest: boolean;
  readonly sendAt: Date;
}

/** A row the sweeper hands to the queue, with its event's kind (for the queue's priority). */
export type DueRow = Omit<StoredNotification, 'sendAt'> & {
  readonly kind: EventKind;
  /** The event's council, and the revision of its rules the version was planned under (null when its plan names none). */
  readonly councilId: string;
  readonly revision: number | null;
};

/** The columns a StoredNotification is read from. */
export type StoredColumns = Pick<
  NotificationColumns,
  | 'id'
  | 'event_id'
  | 'event_version'
  | 'recipient_kind'
  | 'recipient_id'
  | 'channel'
  | 'action'
  | 'status'
  | 'digest'
  | 'send_at'
>;

export function storedOf(s: StoredColumns): StoredNotification {
  return {
    id: s.id,
    eventId: s.event_id,
    eventVersion: s.event_version,
    recipientKind: s.recipient_kind,
    recipientId: s.recipient_id,
    channel: s.channel,
    action: s.action,
    status: s.status,
    digest: s.digest,
    sendAt: s.send_at,
  };
}

/** A notice still waiting for its time, with what a revision of the rules asks of it. */
export interface WaitingRow {
  readonly id: string;
  readonly change: NewNotificationRow['change'];
  readonly sendAt: Date;
  readonly kind: string;
  /** The divisions its event's version affects. */
  readonly divisions: readonly string[];
}
