import type { AlertEvent, EventKind, Plan } from '@member-alerts/protocol';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type EventStatus = 'active' | 'cancelled';

@Entity({ name: 'events' })
@Index(['councilId', 'createdAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'active' })
  status!: EventStatus;

  /** Increases by one on every edit and on cancellation. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** The event as the officer gave it. */
  @Column({ type: 'jsonb' })
  payload!: AlertEvent;

  /** The plan of the current version: who is told, why and when. */
  @Column({ type: 'jsonb' })
  plan!: Plan;

  /** The council system the event came from (e.g. street-manager), with its own reference. */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ name: 'source_ref', type: 'text', nullable: true })
  sourceRef!: string | null;

  @Column({ name: 'generation_id', type: 'uuid' })
  generationId!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
