import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in links sent by e-mail: each row is the link and the outbox row of the one e-mail carrying it. */
export class SignInLinks1764662400000 implements MigrationInterface {
  name = 'SignInLinks1764662400000';

  async up(q: QueryRunner): Promise<void> {
    // Only a hash of the link's token: a copy of this table cannot be used to sign in.
    await q.query(`
      CREATE TABLE sign_in_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        member_id uuid REFERENCES members(id) ON DELETE CASCADE,
        officer_id uuid REFERENCES officers(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'created',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        message_id text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_sign_in_links_status ON sign_in_links (status, updated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sign_in_links`);
  }
}
