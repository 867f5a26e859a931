import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FOI requests and press enquiries that arrive as text wait here as drafts until an officer
 * confirms or dismisses them.
 */
export class Drafts1765600000000 implements MigrationInterface {
  name = 'Drafts1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY,
        council_id uuid NOT NULL REFERENCES councils(id),
        source text NOT NULL CHECK (source IN ('mailbox', 'whatdotheyknow')),
        origin text NOT NULL,
        key text NOT NULL,
        kind text,
        title text NOT NULL,
        description text NOT NULL,
        divisions jsonb NOT NULL DEFAULT '[]'::jsonb,
        places jsonb NOT NULL DEFAULT '[]'::jsonb,
        notes jsonb NOT NULL DEFAULT '[]'::jsonb,
        link text,
        sender jsonb,
        original text,
        keep_original_until timestamptz,
        original_deleted_at timestamptz,
        received_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
        event_id uuid REFERENCES events(id) ON DELETE SET NULL,
        decided_by text,
        decided_at timestamptz,
        dismiss_reason text,
        CONSTRAINT drafts_council_source_key UNIQUE (council_id, source, key)
      )`);
    await q.query(`CREATE INDEX drafts_open ON drafts (council_id, received_at DESC) WHERE status = 'open'`);
    await q.query(
      `CREATE INDEX drafts_original_due ON drafts (keep_original_until) WHERE original IS NOT NULL`,
    );
    // Mail and WhatDoTheyKnow messages are kept with the others, each with its outcome (a draft, or
    // ignored with the reason), and the readers' progress with the producers' state.
    for (const table of ['producer_messages', 'producer_state']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_source_check`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_source_check CHECK (source IN
        ('street-manager', 'citizen-space', 'mailbox', 'whatdotheyknow'))`);
    }
    await q.query(`ALTER TABLE producer_messages DROP CONSTRAINT producer_messages_outcome_check`);
    await q.query(`ALTER TABLE producer_messages ADD CONSTRAINT producer_messages_outcome_check CHECK (outcome IN
      ('pending', 'received', 'alert', 'update', 'cancel', 'ignore', 'duplicate', 'error', 'held', 'draft'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM producer_messages WHERE outcome = 'draft' OR source IN ('mailbox', 'whatdotheyknow')`);
    await q.query(`DELETE FROM producer_state WHERE source IN ('mailbox', 'whatdotheyknow')`);
    await q.query(`ALTER TABLE producer_messages DROP CONSTRAINT producer_messages_outcome_check`);
    await q.query(`ALTER TABLE producer_messages ADD CONSTRAINT producer_messages_outcome_check CHECK (outcome IN
      ('pending', 'received', 'alert', 'update', 'cancel', 'ignore', 'duplicate', 'error', 'held'))`);
    for (const table of ['producer_messages', 'producer_state']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_source_check`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_source_check CHECK (source IN
        ('street-manager', 'citizen-space'))`);
    }
    await q.query(`DROP TABLE drafts`);
  }
}
