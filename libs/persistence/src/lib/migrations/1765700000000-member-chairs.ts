import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bodies a member chairs (the keys of the council's policy file's `bodies:`), so that a rule can
 * tell the chair of the body a report goes to. Empty for everyone until the roster says otherwise.
 */
export class MemberChairs1765700000000 implements MigrationInterface {
  name = 'MemberChairs1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members ADD COLUMN chairs text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members DROP COLUMN chairs`);
  }
}
