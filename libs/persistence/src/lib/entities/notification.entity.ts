import type { NotificationChange, PreElectionPeriod, Reason } from '@member-alerts/protocol';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * GOV.UK Notify's delivery states, plus acknowledgement by the member, and `held`: a pre-election
 * period keeps it for democratic services to release or withdraw.
 */
export const NOTIFICATION_STATUSES = [
  'created',
  'queued',
  'sending',
  'sent',
  'temporary-failure',
  'permanent-failure',
  'technical-failure',
  'cancelled',
  'acknowledged',
  'held',
] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export type { NotificationChange };

/** How a message goes: an e-mail, or a text message for kinds the council's rules send by text too. */
export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What GOV.UK Notify's last delivery receipt said of a message. */
export const DELIVERY_STATUSES = [
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One row per (event, version, person, channel): the outbox. It is written in the same transaction as the
 * event, and its status in PostgreSQL, not the queue, decides whether a message is sent.
 */
@Entity({ name: 'notifications' })
@Index(
  'uq_notification_event_version_person',
  ['eventId', 'eventVersion', 'recipientKind', 'recipientId', 'channel'],
  {
    unique: true,
  },
)
@Index('ix_notification_status_send_at', ['status', 'sendAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_version', type: 'integer' })
  eventVersion!: number;

  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind!: 'member' | 'officer';

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', default: 'email' })
  channel!: NotificationChannel;

  /** A text's number, +447…; null for an e-mail. */
  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ type: 'text' })
  action!: 'invite' | 'notify' | 'inform';

  @Column({ type: 'text', default: 'new' })
  change!: NotificationChange;

  @Column({ type: 'jsonb' })
  reasons!: Reason[];

  @Column({ name: 'send_at', type: 'timestamptz' })
  sendAt!: Date;

  /** Goes out in the member's daily digest rather than on its own. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @Column({ type: 'text', default: 'created' })
  status!: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** GOV.UK Notify's id for the message, once it accepted it. */
  @Column({ name: 'provider_id', type: 'text', nullable: true })
  providerId!: string | null;

  /** The last delivery receipt: what became of the message, and when. */
  @Column({ name: 'delivery_status', type: 'text', nullable: true })
  deliveryStatus!: DeliveryStatus | null;

  @Column({ name: 'delivery_at', type: 'timestamptz', nullable: true })
  deliveryAt!: Date | null;

  /** The pre-election period that held it for democratic services, if one did. */
  @Column({ name: 'held_for', type: 'jsonb', nullable: true })
  heldFor!: PreElectionPeriod | null;
}
