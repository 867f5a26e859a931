import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProducerSource } from './producer-message.entity';

/**
 * What a producer's mapping remembers about one record of the sending system between messages:
 * one row per council, source and reference (a Street Manager works reference).
 */
@Entity({ name: 'producer_state' })
export class ProducerStateEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @PrimaryColumn({ type: 'text' })
  source!: ProducerSource;

  @PrimaryColumn({ type: 'text' })
  ref!: string;

  /** The mapping's own state for this reference, as plain JSON. */
  @Column({ type: 'jsonb' })
  state!: object;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/**
 * The worker's note of when it last read a source it polls, and whether it could: the ref is this
 * prefix and the poller's name (a mailbox's name), the state `{ problem: string | null }`.
 */
export const LAST_READ_REF = 'last-read:';
