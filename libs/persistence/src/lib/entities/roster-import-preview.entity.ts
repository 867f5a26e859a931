import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RosterList = 'members' | 'officers';

/**
 * A roster import previewed and waiting to be confirmed: the checked rows and what they would do.
 * Only the SHA-256 hash of the confirmation token is stored.
 */
@Entity({ name: 'roster_import_previews' })
export class RosterImportPreviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'text' })
  list!: RosterList;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'remove_missing', type: 'boolean' })
  removeMissing!: boolean;

  /** The parsed rows of the file, applied as they are on confirmation. */
  @Column({ type: 'jsonb' })
  rows!: object[];

  /** What the preview showed (added, changed, leaving, kept, warnings). */
  @Column({ type: 'jsonb' })
  preview!: object;

  /** The roster as it was at preview time; a different one at confirmation is refused. */
  @Column({ type: 'text' })
  fingerprint!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
