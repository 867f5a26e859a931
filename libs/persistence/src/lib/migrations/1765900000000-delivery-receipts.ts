import type { MigrationInterface, QueryRunner } from 'typeorm';

const DELIVERY = `'delivered', 'permanent-failure', 'temporary-failure', 'technical-failure'`;

/**
 * Texts and delivery receipts. An outbox row goes by e-mail or by text (`channel`), so one person
 * may have both rows for one version; GOV.UK Notify's id for the message and the last delivery
 * receipt (what and when) are kept on the row. Members may give a mobile number, and a receipt
 * saying an address or number does not exist marks it (the address and when) for democratic
 * services to correct: the mark shows only while the member's address is still the one that failed.
 */
export class DeliveryReceipts1765900000000 implements MigrationInterface {
  name = 'DeliveryReceipts1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE notifications ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'))`,
    );
    await q.query(`ALTER TABLE notifications ADD COLUMN mobile text`);
    await q.query(`ALTER TABLE notifications ADD COLUMN provider_id text`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN delivery_status text CHECK (delivery_status IN (${DELIVERY}))`,
    );
    await q.query(`ALTER TABLE notifications ADD COLUMN delivery_at timestamptz`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT uq_notification_event_version_person`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT uq_notification_event_version_person
         UNIQUE (event_id, event_version, recipient_kind, recipient_id, channel)`,
    );
    await q.query(`ALTER TABLE members ADD COLUMN mobile text CHECK (mobile ~ '^\\+447[0-9]{9}$')`);
    await q.query(`ALTER TABLE members ADD COLUMN email_failed text`);
    await q.query(`ALTER TABLE members ADD COLUMN email_failed_at timestamptz`);
    await q.query(`ALTER TABLE members ADD COLUMN mobile_failed text`);
    await q.query(`ALTER TABLE members ADD COLUMN mobile_failed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['mobile_failed_at', 'mobile_failed', 'email_failed_at', 'email_failed', 'mobile'])
      await q.query(`ALTER TABLE members DROP COLUMN ${c}`);
    // The older code knows only e-mail: texts not sent yet are cancelled, so it never sends one as
    // an e-mail. The channel stays, as does the uniqueness over it, for the texts already sent.
    await q.query(
      `UPDATE notifications SET status = 'cancelled', last_error = 'texts are not sent by this version'
        WHERE channel = 'sms' AND status IN ('created', 'queued', 'held', 'temporary-failure', 'sending')`,
    );
    for (const c of ['delivery_at', 'delivery_status', 'provider_id'])
      await q.query(`ALTER TABLE notifications DROP COLUMN ${c}`);
  }
}
