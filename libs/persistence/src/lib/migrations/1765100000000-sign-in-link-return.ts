import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The console page that asked for a sign-in link, so using the link returns there. */
export class SignInLinkReturn1765100000000 implements MigrationInterface {
  name = 'SignInLinkReturn1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sign_in_links ADD COLUMN return_to text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sign_in_links DROP COLUMN return_to`);
  }
}
