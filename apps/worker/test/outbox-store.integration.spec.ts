import { dataSourceOptions } from '@member-alerts/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, PG_URL, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { loadWorkerConfig } from '../src/config/worker-config';
import { NotificationRepository } from '@member-alerts/outbox';

/** The worker's settings; the store reads only the SMTP timeout from them, for its lease. */
const CONFIG = loadWorkerConfig({
  NODE_ENV: 'test',
  DATABASE_URL: PG_URL,
  ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
});

let t: TestApi | undefined;
let db: DataSource | undefined;
afterEach(async () => {
  await db?.destroy();
  await t?.close();
  db = t = undefined;
});

/** A countywide consultation stored by the real API with no worker running: its rows wait, queued. */
async function waitingRows(): Promise<{ store: (poolSize: number) => Promise<NotificationRepository>; ids: string[] }> {
  t = await startTestApi();
  const r = await t.request('POST', '/events', {
    key: KEYS.officer,
    body: {
      kind: 'consultation',
      title: 'Countywide consultation on the budget',
      countywide: true,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  expect(r.status).toBe(201);
  const ids = (
    await t.sql<{ id: string }>(`SELECT id FROM notifications WHERE event_id = $1`, [
      (r.body as { id: string }).id,
    ])
  ).map((row) => row.id);
  const schema = t.schema;
  return {
    ids,
    async store(poolSize) {
      db = new DataSource(dataSourceOptions({ url: PG_URL, schema, poolSize }));
      await db.initialize();
      return new NotificationRepository(db, CONFIG);
    },
  };
}

describe('the outbox store groups the statements of concurrent jobs', () => {
  it('concurrent claims, each row asked for twice by two stores: every row is claimed exactly once', async () => {
    const { store, ids } = await waitingRows();
    expect(ids.length).toBeGreaterThan(50);
    const a = await store(5);
    const b = new NotificationRepository(db!, CONFIG);
    const asks = ids.flatMap((id) => [
      a.claimNotification(id),
      b.claimNotification(id),
      a.claimNotification(id),
    ]);
    const claimed = (await Promise.all(asks)).filter((row) => row !== undefined);
    expect(claimed.map((row) => row.id).sort()).toEqual([...ids].sort());
    const states = await t!.sql<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM notifications WHERE id = ANY($1)`,
      [ids],
    );
    expect(states.every((s) => s.status === 'sending' && s.attempts === 1)).toBe(true);
    // Not a uuid: nobody's row, and nobody else's claim fails with it.
    expect(await a.claimNotification('not-a-notification')).toBeUndefined();
  });

  it('a row locked by the API marking its chunk queued is waited for and claimed, not skipped', async () => {
    const { store, ids } = await waitingRows();
    const s = await store(5);
    const api = new Client({ connectionString: PG_URL, options: `-c search_path=${t!.schema}` });
    await api.connect();
    try {
      const locked = ids.slice(0, 3);
      await api.query('BEGIN');
      await api.query(`UPDATE notifications SET status = 'queued', updated_at = now() WHERE id = ANY($1)`, [
        locked,
      ]);
      const claims = ids.map((id) => s.claimNotification(id));
      await new Promise((r) => setTimeout(r, 300));
      await api.query('COMMIT');
      const claimed = await Promise.all(claims);
      expect(claimed.map((row) => row?.id)).toEqual(ids);
    } finally {
      await api.end();
    }
  });

  it('concurrent "sent" marks: each row sent with its own Message-ID and exactly one audit line', async () => {
    const { store, ids } = await waitingRows();
    const s = await store(3);
    await Promise.all(ids.map((id) => s.claimNotification(id)));
    await Promise.all(ids.map((id, i) => s.markSent([id], `<m${i}@test>`, { attempt: 1 })));
    const rows = await t!.sql<{ id: string; status: string; message_id: string }>(
      `SELECT id, status, message_id FROM notifications WHERE id = ANY($1)`,
      [ids],
    );
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.message_id]))).toEqual(
      Object.fromEntries(ids.map((id, i) => [id, `<m${i}@test>`])),
    );
    const audit = await t!.sql<{ notification_id: string; n: string; attempt: number }>(
      `SELECT notification_id, count(*) AS n, min((details->>'attempt')::int) AS attempt FROM audit_log
        WHERE action = 'notification.sent' AND notification_id = ANY($1) GROUP BY notification_id`,
      [ids],
    );
    expect(audit).toHaveLength(ids.length);
    expect(audit.every((a) => a.n === '1' && a.attempt === 1)).toBe(true);
  });
});
