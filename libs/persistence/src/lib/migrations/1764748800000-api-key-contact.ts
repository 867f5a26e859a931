import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The officer members should contact about events registered with a key, when an event names nobody. */
export class ApiKeyContact1764748800000 implements MigrationInterface {
  name = 'ApiKeyContact1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN default_contact jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP COLUMN default_contact`);
  }
}
