import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'created', 'queued', 'sending', 'sent', 'temporary-failure', 'permanent-failure',
  'technical-failure', 'cancelled', 'acknowledged'`;

/**
 * A notification a pre-election period holds for democratic services: status `held`, and the
 * period that holds it, until they release it (it is sent as usual) or withdraw it.
 */
export class HeldNotifications1765300000000 implements MigrationInterface {
  name = 'HeldNotifications1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN (${STATUSES}, 'held'))`,
    );
    await q.query(`ALTER TABLE notifications ADD COLUMN held_for jsonb`);
    await q.query(`CREATE INDEX ix_notification_held ON notifications (created_at) WHERE status = 'held'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_notification_held`);
    await q.query(`ALTER TABLE notifications DROP COLUMN held_for`);
    // A held row stays held (NOT VALID spares it the check): the older code neither claims nor
    // queues a status it does not know, so going back never sends what nobody released.
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN (${STATUSES})) NOT VALID`,
    );
  }
}
