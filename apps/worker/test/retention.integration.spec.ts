import { afterEach, describe, expect, it } from 'vitest';
import { insertDraft, OADBY_ENQUIRY } from '../../api/test/support/drafts';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const event = (title: string) => ({ kind: 'road_works', title, major: true, divisions: ['Oadby'] });

describe('retention', () => {
  it('the worker deletes expired sessions, old sign-in links, day-old idempotency keys and expired import previews, and keeps the rest', async () => {
    h = await startDelivery();
    const { t } = h;
    for (const [key, title] of [
      ['old-key', 'Registered yesterday'],
      ['new-key', 'Registered now'],
    ] as const) {
      const r = await t.request('POST', '/events', {
        key: KEYS.officer,
        body: event(title),
        headers: { 'idempotency-key': key },
      });
      expect(r.status).toBe(201);
    }
    await t.sql(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old-key'`);
    await t.sql(
      `INSERT INTO web_sessions (council_id, token_hash, role, name, email, expires_at)
       SELECT id, 'ended', 'officer', 'A', 'a@leics.example', now() - interval '1 minute' FROM councils
       UNION ALL
       SELECT id, 'live', 'officer', 'B', 'b@leics.example', now() + interval '1 hour' FROM councils`,
    );
    await t.sql(
      `INSERT INTO sign_in_links (council_id, token_hash, email, name, role, status, expires_at, used_at)
       SELECT id, 'expired', 'a@leics.example', 'A', 'officer', 'sent', now() - interval '2 days', NULL FROM councils
       UNION ALL
       SELECT id, 'used', 'a@leics.example', 'A', 'officer', 'sent', now() + interval '10 minutes', now() - interval '2 days' FROM councils
       UNION ALL
       SELECT id, 'waiting', 'b@leics.example', 'B', 'officer', 'sent', now() + interval '10 minutes', NULL FROM councils`,
    );
    await t.sql(
      `INSERT INTO roster_import_previews (council_id, list, token_hash, actor, remove_missing, rows, preview, fingerprint, expires_at)
       SELECT id, 'members', 'stale', 'A', false, '[{"name":"Ann"}]'::jsonb, '{}'::jsonb, 'f', now() - interval '2 days' FROM councils
       UNION ALL
       SELECT id, 'members', 'open', 'A', false, '[{"name":"Ben"}]'::jsonb, '{}'::jsonb, 'f', now() + interval '10 minutes' FROM councils`,
    );

    await h.addWorker({ PURGE_EVERY_MS: '300' });
    await expectEventually(
      () => t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM roster_import_previews`),
      (r) => r[0]?.n === 1,
    );
    const left = async (sql: string) => (await t.sql<{ k: string }>(sql)).map((r) => r.k).sort();
    expect(await left(`SELECT token_hash AS k FROM web_sessions`)).toEqual(['live']);
    expect(await left(`SELECT token_hash AS k FROM sign_in_links`)).toEqual(['waiting']);
    expect(await left(`SELECT key AS k FROM idempotency_keys`)).toEqual(['new-key']);
    expect(await left(`SELECT token_hash AS k FROM roster_import_previews`)).toEqual(['open']);
    // The record of what members were told is never purged.
    expect(await left(`SELECT title AS k FROM events`)).toEqual(['Registered now', 'Registered yesterday']);
  });

  it("deletes a draft's original message and sender when their keeping time passes, and keeps the draft", async () => {
    h = await startDelivery();
    const { t } = h;
    const day = 86_400_000;
    const due = await insertDraft(t, { ...OADBY_ENQUIRY, keepOriginalUntil: new Date(Date.now() - 60_000) });
    const kept = await insertDraft(t, { ...OADBY_ENQUIRY, keepOriginalUntil: new Date(Date.now() + day) });
    // Set before the council lowered DRAFT_ORIGINAL_DAYS to 30: 40 days old, so it goes too.
    const older = await insertDraft(t, {
      ...OADBY_ENQUIRY,
      receivedAt: new Date(Date.now() - 40 * day),
      keepOriginalUntil: new Date(Date.now() + 50 * day),
    });
    const recent = await insertDraft(t, { ...OADBY_ENQUIRY, receivedAt: new Date(Date.now() - 10 * day) });

    await h.addWorker({ PURGE_EVERY_MS: '300', DRAFT_ORIGINAL_DAYS: '30' });
    const rows = () =>
      t.sql<{ id: string; original: string | null; sender: unknown; deleted: boolean; title: string }>(
        `SELECT id, original, sender, original_deleted_at IS NOT NULL AS deleted, title FROM drafts`,
      );
    await expectEventually(rows, (r) => r.filter((d) => d.deleted).length === 2);
    const byId = new Map((await rows()).map((d) => [d.id, d]));
    for (const id of [due, older]) {
      expect(byId.get(id)).toMatchObject({ original: null, sender: null, deleted: true });
      // The draft stays, as the record of what the officer saw and decided.
      expect(byId.get(id)?.title).toBe(OADBY_ENQUIRY.title);
    }
    for (const id of [kept, recent]) {
      expect(byId.get(id)?.original).toContain('From: Rita Skeeter');
      expect(byId.get(id)?.sender).toEqual(OADBY_ENQUIRY.sender);
      expect(byId.get(id)?.deleted).toBe(false);
    }
  });
});
