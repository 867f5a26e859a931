import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'members' })
@Index(['councilId', 'externalId'], { unique: true })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  /** The council's own identifier, as in the roster CSV. */
  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: string[];

  @Column({ type: 'text', nullable: true })
  portfolio!: string | null;

  /** The bodies (the council's policy's `bodies:` keys) the member chairs. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  chairs!: string[];

  /** §34: topics the member has asked to be told about wherever they arise. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Quiet hours, London time ("22:00" to "07:00"): non-urgent alerts wait until they end. */
  @Column({ name: 'quiet_hours_start', type: 'text', nullable: true })
  quietHoursStart!: string | null;

  @Column({ name: 'quiet_hours_end', type: 'text', nullable: true })
  quietHoursEnd!: string | null;

  /** Non-urgent alerts arrive together in one e-mail each morning. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  /** Their name, e-mail and preferences were replaced by a placeholder; what they were sent stays. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
