import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Messages from council systems (Street Manager, Citizen Space), kept before they are processed. */
export class ProducerMessages1764921616000 implements MigrationInterface {
  name = 'ProducerMessages1764921616000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE producer_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        source text NOT NULL CHECK (source IN ('street-manager', 'citizen-space')),
        message_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        message jsonb NOT NULL,
        outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN
          ('pending', 'received', 'alert', 'update', 'cancel', 'ignore', 'duplicate', 'error')),
        reason text,
        ref text,
        event_id uuid REFERENCES events(id),
        processed_at timestamptz,
        CONSTRAINT uq_producer_messages_message UNIQUE (council_id, source, message_id)
      )`);
    await q.query(
      `CREATE INDEX ix_producer_messages_received ON producer_messages (council_id, received_at DESC)`,
    );
    // The pickup of messages a dead process left unprocessed.
    await q.query(
      `CREATE INDEX ix_producer_messages_unprocessed ON producer_messages (received_at) WHERE processed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS producer_messages`);
  }
}
