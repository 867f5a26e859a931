import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiRole } from './api-key.entity';

/** A console session after single sign-on. Only the SHA-256 hash of the session id is stored. */
@Entity({ name: 'web_sessions' })
export class WebSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  role!: ApiRole;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  /** For members and leaders: their member record, whose alerts they read. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @Column({ name: 'officer_id', type: 'uuid', nullable: true })
  officerId!: string | null;

  /** Sent back to the provider as id_token_hint when signing out there. */
  @Column({ name: 'id_token', type: 'text', nullable: true })
  idToken!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Moved on at most once a minute; the idle timeout counts from it. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** The absolute end of the session, however active. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
