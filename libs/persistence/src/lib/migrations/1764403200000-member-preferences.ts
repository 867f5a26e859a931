import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members' delivery preferences: quiet hours and a daily digest for non-urgent alerts. */
export class MemberPreferences1764403200000 implements MigrationInterface {
  name = 'MemberPreferences1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE members ADD COLUMN quiet_hours_start text CHECK (quiet_hours_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    );
    await q.query(
      `ALTER TABLE members ADD COLUMN quiet_hours_end text CHECK (quiet_hours_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    );
    await q.query(`ALTER TABLE members ADD COLUMN digest boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE notifications ADD COLUMN digest boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX ix_notification_digest_due ON notifications (recipient_id, send_at) WHERE digest AND status IN ('created', 'queued')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_notification_digest_due`);
    await q.query(`ALTER TABLE notifications DROP COLUMN digest`);
    await q.query(`ALTER TABLE members DROP COLUMN digest`);
    await q.query(`ALTER TABLE members DROP COLUMN quiet_hours_end`);
    await q.query(`ALTER TABLE members DROP COLUMN quiet_hours_start`);
  }
}
