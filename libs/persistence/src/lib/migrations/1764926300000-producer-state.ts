import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a producer's mapping remembers about one of its records between messages (for Street
 * Manager, per works reference: the last message applied and what members were told).
 */
export class ProducerState1764926300000 implements MigrationInterface {
  name = 'ProducerState1764926300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE producer_state (
        council_id uuid NOT NULL REFERENCES councils(id),
        source text NOT NULL CHECK (source IN ('street-manager', 'citizen-space')),
        ref text NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (council_id, source, ref)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS producer_state`);
  }
}
