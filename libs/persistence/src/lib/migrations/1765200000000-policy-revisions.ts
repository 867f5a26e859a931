import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each council's rules as published revisions, each taking effect on a London date. */
export class PolicyRevisions1765200000000 implements MigrationInterface {
  name = 'PolicyRevisions1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policy_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        number integer NOT NULL CHECK (number > 0),
        text text NOT NULL,
        takes_effect date NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT policy_revisions_council_number UNIQUE (council_id, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy_revisions`);
  }
}
