import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationsToCome } from './support/citizen-space-server';
import { type EmbeddedApi, startEmbeddedApi } from './support/embedded-api';
import { expectEventually, KEYS } from './support/test-api';

// As `npm start` runs it: the embedded PostgreSQL (PGlite), whose pool has one connection. A
// message from a council system is processed by the events use cases, which take that connection
// for their own transactions: the inbox must not hold it meanwhile.
let embedded: EmbeddedApi;
let baseUrl: string;
let db: Client;

beforeAll(async () => {
  embedded = await startEmbeddedApi('producers');
  ({ baseUrl, db } = embedded);
}, 120_000);
afterAll(async () => {
  await embedded?.close();
});

const ds = { authorization: `Bearer ${KEYS.democraticServices}`, 'content-type': 'application/json' };

describe('messages from council systems on the embedded database', () => {
  it('turns a Citizen Space consultation into an event and tells its members', async () => {
    const consultation = consultationsToCome().find((c) => c['id'] === 'oadby-library-hours');
    expect(consultation).toBeDefined();
    const mapped = await fetch(`${baseUrl}/producers/citizen-space/areas/Oadby%20and%20Wigston`, {
      method: 'PUT',
      headers: ds,
      body: JSON.stringify({ divisions: ['Oadby', 'East Wigston'] }),
    });
    expect(mapped.status, await mapped.text()).toBe(200);
    const [council] = (await db.query<{ id: string }>('SELECT id FROM councils')).rows;
    // As the worker's poller keeps it; the API's pickup processes it.
    await db.query(
      `INSERT INTO producer_messages (council_id, source, message_id, ref, message) VALUES ($1, 'citizen-space', 'oadby:a', 'oadby-library-hours', $2)`,
      [council?.id, JSON.stringify(consultation)],
    );
    const [row] = (
      await expectEventually(
        () =>
          db.query<{ outcome: string; reason: string; event_id: string | null; processed_at: Date | null }>(
            `SELECT outcome, reason, event_id, processed_at FROM producer_messages WHERE message_id = 'oadby:a'`,
          ),
        (r) => r.rows[0]?.processed_at != null,
        30_000,
      )
    ).rows;
    expect(row, row?.reason).toMatchObject({ outcome: 'alert' });

    // The event is there for an officer, and its members are to be told.
    const events = await fetch(`${baseUrl}/events?q=Oadby%20Library`, {
      headers: { authorization: `Bearer ${KEYS.officer}` },
    });
    expect(events.status).toBe(200);
    const listed = (await events.json()) as { events: { id: string; title: string }[] };
    expect(listed.events.map((e) => e.title)).toContain('Oadby Library opening hours');
    const told = await db.query('SELECT 1 FROM notifications WHERE event_id = $1', [row?.event_id]);
    expect(told.rowCount).toBeGreaterThan(0);
  }, 90_000);
});
