import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const PRODUCER_SOURCES = ['street-manager', 'citizen-space', 'mailbox', 'whatdotheyknow'] as const;
export type ProducerSource = (typeof PRODUCER_SOURCES)[number];

/**
 * What became of a message: `pending` until processed; `received` while nothing turns it into an
 * event yet; then what the mapping decided. `held` waits for democratic services (a Citizen Space
 * area not mapped to divisions yet). `draft` waits for an officer to confirm or dismiss it (mail and
 * WhatDoTheyKnow).
 */
export const PRODUCER_OUTCOMES = [
  'pending',
  'received',
  'alert',
  'update',
  'cancel',
  'ignore',
  'duplicate',
  'error',
  'held',
  'draft',
] as const;
export type ProducerOutcome = (typeof PRODUCER_OUTCOMES)[number];

/**
 * A message a council system sent, kept as it came, before anything is done with it, so a process
 * that dies between answering and processing loses nothing. One row per council, source and
 * message id: a redelivery finds the row and changes nothing.
 */
@Entity({ name: 'producer_messages' })
export class ProducerMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'text' })
  source!: ProducerSource;

  /** The sender's own id for the message (SNS's MessageId). */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;

  /** The message exactly as received (for SNS, the whole signed envelope). */
  @Column({ type: 'jsonb' })
  message!: object;

  @Column({ type: 'text', default: 'pending' })
  outcome!: ProducerOutcome;

  /** Why, in plain words. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The sender's reference for the thing the message is about (a works reference). */
  @Column({ type: 'text', nullable: true })
  ref!: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  /** Until when a process has it in hand; another takes it only after this, or once it is let go. */
  @Column({ name: 'taken_until', type: 'timestamptz', nullable: true })
  takenUntil!: Date | null;
}
