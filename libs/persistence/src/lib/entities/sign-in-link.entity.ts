import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApiRole } from './api-key.entity';

/** Where the e-mail carrying the link stands (used_at says whether the link has been used). */
export type SignInLinkStatus = 'created' | 'queued' | 'sending' | 'sent' | 'failed';

/**
 * One sign-in link and the one e-mail that carries it: its own outbox row. Only a hash of the link's
 * token is kept; the token is derived from the row id and ACK_SECRET when the e-mail is written.
 */
@Entity({ name: 'sign_in_links' })
export class SignInLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: ApiRole;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @Column({ name: 'officer_id', type: 'uuid', nullable: true })
  officerId!: string | null;

  @Column({ type: 'text', default: 'created' })
  status!: SignInLinkStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** The console page that asked for the link, where using it leads; null for the console's home. */
  @Column({ name: 'return_to', type: 'text', nullable: true })
  returnTo!: string | null;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
