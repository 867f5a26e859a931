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

  /** A UK mobile number, +447…, for alerts the council's rules also send by text. */
  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  /**
   * GOV.UK Notify said this address (or number) does not exist, and when: the mark stands while
   * the member's address is still the one that failed, so changing it clears the mark.
   */
  @Column({ name: 'email_failed', type: 'text', nullable: true })
  emailFailed!: string | null;

  @Column({ name: 'email_failed_at', type: 'timestamptz', nullable: true })
  emailFailedAt!: Date | null;

  @Column({ name: 'mobile_failed', type: 'text', nullable: true })
  mobileFailed!: string | null;

  @Column({ name: 'mobile_failed_at', type: 'timestamptz', nullable: true })
  mobileFailedAt!: Date | null;

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
