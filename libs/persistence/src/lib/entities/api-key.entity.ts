import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const API_ROLES = ['officer', 'democratic_services', 'member', 'leader', 'monitoring_officer'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/** Who members should ask about an event (the event's `contact`). */
export interface ContactDetails {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
}

/** An API key. Only its SHA-256 hash is stored; the key itself is shown once, when made. */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: ApiRole;

  @Column({ name: 'key_hash', type: 'text', unique: true })
  keyHash!: string;

  /** The first characters of the key, to recognise it in lists. */
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix!: string;

  /** For member and leader keys: whose alerts they read. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  /** Put on events registered with this key that name no contact; null: such events are refused. */
  @Column({ name: 'default_contact', type: 'jsonb', nullable: true })
  defaultContact!: ContactDetails | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Who made the key (the name of their key), and with which key; null for keys made before this was kept. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_by_key_id', type: 'uuid', nullable: true })
  createdByKeyId!: string | null;

  /** After this instant the key is refused; null: it does not expire. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Updated at most once a minute per key, so a busy key does not write on every request. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;
}
