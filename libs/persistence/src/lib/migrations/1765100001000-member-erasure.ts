import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a former member's personal data was erased; the record of what they were sent stays. */
export class MemberErasure1765100001000 implements MigrationInterface {
  name = 'MemberErasure1765100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members ADD COLUMN erased_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members DROP COLUMN erased_at`);
  }
}
