import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Console sessions of people signed in through the council's identity provider. */
export class WebSessions1764576000000 implements MigrationInterface {
  name = 'WebSessions1764576000000';

  async up(q: QueryRunner): Promise<void> {
    // Only a hash of the session id: a copy of this table cannot be used to sign in.
    await q.query(`
      CREATE TABLE web_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        token_hash text NOT NULL UNIQUE,
        role text NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        member_id uuid REFERENCES members(id) ON DELETE CASCADE,
        officer_id uuid REFERENCES officers(id) ON DELETE CASCADE,
        id_token text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_web_sessions_expires ON web_sessions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS web_sessions`);
  }
}
