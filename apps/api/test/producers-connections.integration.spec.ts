import { LAST_READ_REF } from '@member-alerts/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let councilId: string;
beforeAll(async () => {
  t = await startTestApi();
  [{ id: councilId }] = (await t.sql<{ id: string }>(`SELECT id FROM councils`)) as [{ id: string }];
});
afterAll(async () => {
  await t?.close();
});

/** What the worker notes after each read of a mailbox or feed. */
const noteRead = (source: string, name: string, problem: string | null) =>
  t.sql(
    `INSERT INTO producer_state (council_id, source, ref, state, updated_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (council_id, source, ref) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
    [councilId, source, `${LAST_READ_REF}${name}`, JSON.stringify({ problem })],
  );

interface Polled {
  connected: boolean;
  howToConnect: string | null;
  readings: { name: string; at: string; problem: string | null }[];
}
const connections = async () => {
  const r = await t.request('GET', '/producers/connections', { key: KEYS.democraticServices });
  expect(r.status).toBe(200);
  return r.body as { mailbox: Polled; whatdotheyknow: Polled };
};

describe('GET /producers/connections, the sources the worker reads', () => {
  it('says how to connect the mailboxes and WhatDoTheyKnow before the worker has read them', async () => {
    const c = await connections();
    expect(c.mailbox).toMatchObject({ connected: false, readings: [] });
    expect(c.mailbox.howToConnect).toContain('MAILBOXES');
    expect(c.whatdotheyknow).toMatchObject({ connected: false, readings: [] });
    expect(c.whatdotheyknow.howToConnect).toContain('WHATDOTHEYKNOW_BODY');
  });

  it('shows each mailbox as last read, and one that refused the login as not connected, with why', async () => {
    const before = Date.now();
    await noteRead('mailbox', 'press', null);
    await noteRead('whatdotheyknow', 'leicester_city_council', null);
    let c = await connections();
    expect(c.mailbox).toMatchObject({
      connected: true,
      howToConnect: null,
      readings: [{ name: 'press', problem: null }],
    });
    expect(Date.parse(c.mailbox.readings[0]?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(c.whatdotheyknow).toMatchObject({
      connected: true,
      readings: [{ name: 'leicester_city_council' }],
    });

    await noteRead('mailbox', 'foi', 'the mail server refused the login');
    c = await connections();
    expect(c.mailbox.connected).toBe(false);
    expect(c.mailbox.howToConnect).toContain('MAILBOX_<NAME>');
    expect(c.mailbox.readings).toEqual([
      expect.objectContaining({ name: 'foi', problem: 'the mail server refused the login' }),
      expect.objectContaining({ name: 'press', problem: null }),
    ]);
    // A mailbox's own progress (its UIDs) is not a reading.
    await t.sql(
      `INSERT INTO producer_state (council_id, source, ref, state) VALUES ($1, 'mailbox', 'press', '{"uidValidity": 1}')
       ON CONFLICT DO NOTHING`,
      [councilId],
    );
    expect((await connections()).mailbox.readings).toHaveLength(2);

    await noteRead('mailbox', 'foi', null);
    expect((await connections()).mailbox).toMatchObject({ connected: true, howToConnect: null });
  });
});
