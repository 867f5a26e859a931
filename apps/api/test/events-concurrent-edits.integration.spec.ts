import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, KEYS, PG_URL, startTestApi, type TestApi } from './support/test-api';

// Two officers edit one event at the same moment. Each edit is checked and planned against the
// version it read, with no lock held; the one that finds the event moved on is worked out again
// against the newer version, so neither officer's change is lost.

let t: TestApi;
let holder: Client;
beforeAll(async () => {
  t = await startTestApi();
  holder = new Client({ connectionString: PG_URL, options: `-c search_path=${t.schema}` });
  await holder.connect();
});
afterAll(async () => {
  await holder?.end();
  await t?.close();
});

/** Waits until `n` requests wait for the event, behind `pid` or behind another that waits for it. */
const waitingBehind = (pid: number, n: number) =>
  expectEventually(
    () =>
      t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity a
          WHERE $1 = ANY(pg_blocking_pids(a.pid))
             OR EXISTS (SELECT 1 FROM pg_stat_activity b
                         WHERE $1 = ANY(pg_blocking_pids(b.pid)) AND b.pid = ANY(pg_blocking_pids(a.pid)))`,
        [pid],
      ),
    (rows) => rows[0]?.n === n,
  );

const edit = (id: string, body: Record<string, unknown>) =>
  t.request('PATCH', `/events/${id}`, { key: KEYS.officer, body });

describe('two edits of one event at once', () => {
  it('both are kept: the second is worked out again against the first, and each officer is answered', async () => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'service_change', title: 'Library opening hours', divisions: ['Oadby'] },
    });
    expect(r.status).toBe(201);
    const id = (r.body as { id: string }).id;

    // Someone else holds the event while both edits are worked out, as a third change would.
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [id]);
    const [{ pid }] = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [
      { pid: number },
    ];
    const title = edit(id, { title: 'Library opening hours from April', changeNote: 'the date is set' });
    const divisions = edit(id, { divisions: ['Oadby', 'Quorn & Barrow'], changeNote: 'Quorn joins' });
    // Both have read version 1 and planned against it, and now wait for the event.
    await waitingBehind(pid, 2);
    await holder.query('COMMIT');

    const answers = await Promise.all([title, divisions]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => (a.body as { version: number }).version).sort()).toEqual([2, 3]);

    const [event] = await t.sql<{ version: number; title: string; payload: { divisions: string[] } }>(
      'SELECT version, title, payload FROM events WHERE id = $1',
      [id],
    );
    // Neither officer's change undid the other's.
    expect(event).toMatchObject({ version: 3, title: 'Library opening hours from April' });
    expect(event?.payload.divisions).toEqual(['Oadby', 'Quorn & Barrow']);
    const versions = await t.sql<{ version: number; changes: string[] }>(
      'SELECT version, changes FROM event_versions WHERE event_id = $1 ORDER BY version',
      [id],
    );
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(versions.flatMap((v) => v.changes.slice(0, 1)).sort()).toEqual(['Quorn joins', 'the date is set']);
  });

  it('an edit of an event cancelled meanwhile is refused in words', async () => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'service_change', title: 'Mobile library route', divisions: ['Oadby'] },
    });
    const id = (r.body as { id: string }).id;
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [id]);
    const [{ pid }] = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [
      { pid: number },
    ];
    const cancel = t.request('POST', `/events/${id}/cancel`, { key: KEYS.officer, body: {} });
    const change = edit(id, { title: 'Mobile library route from May' });
    await waitingBehind(pid, 2);
    await holder.query('COMMIT');
    const [cancelled, changed] = await Promise.all([cancel, change]);
    // Whichever came first, the event ends cancelled and nobody sees a server error.
    expect(cancelled.status).toBe(200);
    expect([200, 409]).toContain(changed.status);
    if (changed.status === 409) expect(changed.text).toMatch(/cancelled and cannot change/);
    const [event] = await t.sql<{ status: string }>('SELECT status FROM events WHERE id = $1', [id]);
    expect(event?.status).toBe('cancelled');
  });
});
