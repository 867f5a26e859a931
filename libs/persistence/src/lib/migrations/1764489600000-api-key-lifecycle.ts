import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys that democratic services issue and revoke: who made and revoked each, its expiry and last use. */
export class ApiKeyLifecycle1764489600000 implements MigrationInterface {
  name = 'ApiKeyLifecycle1764489600000';

  async up(q: QueryRunner): Promise<void> {
    // Keys made before this migration (the development keys) have no creator on record.
    await q.query(`ALTER TABLE api_keys ADD COLUMN created_by text`);
    await q.query(`ALTER TABLE api_keys ADD COLUMN created_by_key_id uuid REFERENCES api_keys(id)`);
    await q.query(`ALTER TABLE api_keys ADD COLUMN expires_at timestamptz`);
    await q.query(`ALTER TABLE api_keys ADD COLUMN last_used_at timestamptz`);
    await q.query(`ALTER TABLE api_keys ADD COLUMN revoked_by text`);
    await q.query(`CREATE INDEX ix_api_keys_council_created ON api_keys (council_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_api_keys_council_created`);
    for (const c of ['revoked_by', 'last_used_at', 'expires_at', 'created_by_key_id', 'created_by']) {
      await q.query(`ALTER TABLE api_keys DROP COLUMN ${c}`);
    }
  }
}
