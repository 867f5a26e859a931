import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One published revision of a council's rules: the policy file's text as it was uploaded, and the
 * London date it takes effect. Revisions are never rewritten; a new one supersedes from its date.
 */
@Entity({ name: 'policy_revisions' })
@Unique('policy_revisions_council_number', ['councilId', 'number'])
export class PolicyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  /** 1, 2, 3… per council, in the order they were published. */
  @Column({ type: 'integer' })
  number!: number;

  /** The file, YAML or JSON, exactly as checked. */
  @Column({ type: 'text' })
  text!: string;

  /** The first London day the revision applies (inclusive). */
  @Column({ name: 'takes_effect', type: 'date' })
  takesEffect!: string;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
