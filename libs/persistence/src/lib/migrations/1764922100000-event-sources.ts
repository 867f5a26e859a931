import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where an event came from (a council system and its own reference), unique per council and
 * source, and the Idempotency-Key answers that make a retried registration give its first answer.
 */
export class EventSources1764922100000 implements MigrationInterface {
  name = 'EventSources1764922100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events ADD COLUMN source text, ADD COLUMN source_ref text`);
    await q.query(
      `ALTER TABLE events ADD CONSTRAINT events_source_pair CHECK ((source IS NULL) = (source_ref IS NULL))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX events_council_source_ref ON events (council_id, source, source_ref) WHERE source IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE idempotency_keys (
        council_id uuid NOT NULL,
        caller text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        answer jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (council_id, caller, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP INDEX events_council_source_ref`);
    await q.query(`ALTER TABLE events DROP CONSTRAINT events_source_pair`);
    await q.query(`ALTER TABLE events DROP COLUMN source, DROP COLUMN source_ref`);
  }
}
