import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Roster imports are previewed first and applied only when confirmed. */
export class RosterImportPreviews1764835200000 implements MigrationInterface {
  name = 'RosterImportPreviews1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roster_import_previews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        list text NOT NULL CHECK (list IN ('members', 'officers')),
        token_hash text NOT NULL UNIQUE,
        actor text NOT NULL,
        remove_missing boolean NOT NULL,
        rows jsonb NOT NULL,
        preview jsonb NOT NULL,
        fingerprint text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        confirmed_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_roster_import_previews_expires ON roster_import_previews (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS roster_import_previews`);
  }
}
