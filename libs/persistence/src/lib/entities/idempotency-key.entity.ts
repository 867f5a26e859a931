import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A registration made with an Idempotency-Key: the same caller sending the same key again gets the
 * first answer, written in the same transaction as the event so that a crash cannot split them.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  /** The API key or signed-in person that sent it: keys are scoped to their caller. */
  @PrimaryColumn({ type: 'text' })
  caller!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** SHA-256 of the request body as sent: the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** The first answer, stored once it is known; null if the process stopped before then. */
  @Column({ type: 'jsonb', nullable: true })
  answer!: object | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
