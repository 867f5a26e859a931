import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizen Space: what the worker's poller last saw of each consultation, the council's table of
 * area names to divisions, and `held` for a consultation whose area is not mapped yet.
 */
export class CitizenSpace1764935400000 implements MigrationInterface {
  name = 'CitizenSpace1764935400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE citizen_space_seen (
        council_id uuid NOT NULL REFERENCES councils(id),
        consultation_id text NOT NULL,
        content_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'forthcoming', 'withdrawn')),
        opens_at timestamptz,
        withdrawals integer NOT NULL DEFAULT 0,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (council_id, consultation_id)
      )`);
    await q.query(`
      CREATE TABLE citizen_space_areas (
        council_id uuid NOT NULL REFERENCES councils(id),
        name text NOT NULL,
        divisions text[] NOT NULL DEFAULT '{}',
        countywide boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (council_id, name),
        CONSTRAINT citizen_space_areas_mapped CHECK (countywide OR cardinality(divisions) > 0)
      )`);
    await q.query(`ALTER TABLE producer_messages DROP CONSTRAINT producer_messages_outcome_check`);
    await q.query(`ALTER TABLE producer_messages ADD CONSTRAINT producer_messages_outcome_check CHECK (outcome IN
      ('pending', 'received', 'alert', 'update', 'cancel', 'ignore', 'duplicate', 'error', 'held'))`);
    await q.query(
      `CREATE INDEX ix_producer_messages_held ON producer_messages (council_id, ref) WHERE outcome = 'held'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_producer_messages_held`);
    await q.query(`DELETE FROM producer_messages WHERE outcome = 'held'`);
    await q.query(`ALTER TABLE producer_messages DROP CONSTRAINT producer_messages_outcome_check`);
    await q.query(`ALTER TABLE producer_messages ADD CONSTRAINT producer_messages_outcome_check CHECK (outcome IN
      ('pending', 'received', 'alert', 'update', 'cancel', 'ignore', 'duplicate', 'error'))`);
    await q.query(`DROP TABLE IF EXISTS citizen_space_areas`);
    await q.query(`DROP TABLE IF EXISTS citizen_space_seen`);
  }
}
