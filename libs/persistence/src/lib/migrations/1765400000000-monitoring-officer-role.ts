import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys may carry the Monitoring Officer's read-only role. */
export class MonitoringOfficerRole1765400000000 implements MigrationInterface {
  name = 'MonitoringOfficerRole1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP CONSTRAINT api_keys_role_check`);
    await q.query(
      `ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check
         CHECK (role IN ('officer', 'democratic_services', 'member', 'leader', 'monitoring_officer'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP CONSTRAINT api_keys_role_check`);
    await q.query(
      `ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check
         CHECK (role IN ('officer', 'democratic_services', 'member', 'leader'))`,
    );
  }
}
