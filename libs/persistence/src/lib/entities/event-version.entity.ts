import type { AlertEvent, Plan } from '@member-alerts/protocol';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Every version of an event, kept for the audit trail. */
@Entity({ name: 'event_versions' })
export class EventVersionEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  payload!: AlertEvent;

  @Column({ type: 'jsonb' })
  plan!: Plan;

  /** What changed from the previous version, in words an officer wrote or we derived. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: string[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
