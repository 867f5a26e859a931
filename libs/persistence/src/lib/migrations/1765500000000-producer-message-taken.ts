import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until when a process has a message in hand. Processing no longer holds a transaction (and its
 * connection) while the events use cases take their own, which stalled the one-connection
 * embedded database; the lapse of this time lets another process take a message whose process died.
 */
export class ProducerMessageTaken1765500000000 implements MigrationInterface {
  name = 'ProducerMessageTaken1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE producer_messages ADD COLUMN taken_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE producer_messages DROP COLUMN taken_until`);
  }
}
