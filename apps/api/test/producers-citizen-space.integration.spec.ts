import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../tools/testing/fixtures';
import { consultationsToCome, type Consultation } from './support/citizen-space-server';
import { expectEventually, KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let councilId: string;
const ds = { key: KEYS.democraticServices };

beforeAll(async () => {
  t = await startTestApi();
  [{ id: councilId }] = (await t.sql<{ id: string }>(`SELECT id FROM councils`)) as [{ id: string }];
  const table = JSON.parse(readFixture('producers', 'citizen-space-areas.json')) as Record<
    string,
    string[] | 'countywide'
  >;
  for (const [name, to] of Object.entries(table)) {
    const r = await t.request('PUT', `/producers/citizen-space/areas/${encodeURIComponent(name)}`, {
      ...ds,
      body: to === 'countywide' ? { countywide: true } : { divisions: to },
    });
    expect(r.status, r.text).toBe(200);
  }
});
afterAll(async () => {
  await t?.close();
});

const consultations = consultationsToCome();
const byId = (id: string): Consultation => {
  const c = consultations.find((x) => x['id'] === id);
  if (!c) throw new Error(`no consultation ${id}`);
  return c;
};

interface Row {
  outcome: string;
  reason: string | null;
  event_id: string | null;
  processed_at: Date | null;
}

/** Keeps a message as the worker's poller does, and waits for the API to process it. */
async function keep(messageId: string, ref: string, message: object): Promise<Row> {
  await t.sql(
    `INSERT INTO producer_messages (council_id, source, message_id, ref, message) VALUES ($1, 'citizen-space', $2, $3, $4)`,
    [councilId, messageId, ref, JSON.stringify(message)],
  );
  const [row] = await expectEventually(
    () =>
      t.sql<Row>(
        `SELECT outcome, reason, event_id, processed_at FROM producer_messages WHERE message_id = $1`,
        [messageId],
      ),
    (rows) => rows[0]?.processed_at != null,
  );
  return row as Row;
}

const event = async (id: string | null) =>
  (
    await t.sql<{ version: number; status: string; payload: Record<string, unknown>; created_by: string }>(
      `SELECT version, status, payload, created_by FROM events WHERE id = $1`,
      [id],
    )
  )[0];

const notifications = async (id: string | null) =>
  t.sql<{ event_version: number; change: string; status: string }>(
    `SELECT event_version, change, status FROM notifications WHERE event_id = $1`,
    [id],
  );

describe('Citizen Space consultations kept by the worker become §31 consultation events', () => {
  it('registers a consultation with its dates, link, contact and topics, and tells the members', async () => {
    const row = await keep('oadby-library-hours:a', 'oadby-library-hours', byId('oadby-library-hours'));
    expect(row).toMatchObject({ outcome: 'alert', reason: expect.stringContaining('Oadby') as string });
    const e = await event(row.event_id);
    expect(e?.created_by).toBe('Citizen Space');
    expect(e?.payload).toMatchObject({
      kind: 'consultation',
      title: 'Oadby Library opening hours',
      link: 'https://consultations.leics.example/communities/oadby-library/',
      contact: { name: 'Communities', email: 'libraries@leics.example' },
      topics: ['libraries'],
      divisions: ['Oadby', 'East Wigston', 'North Wigston', 'South & West Wigston'],
    });
    const opens = new Date(String(e?.payload['opensAt']));
    const closes = new Date(String(e?.payload['closesAt']));
    expect(closes.getTime() - opens.getTime()).toBeGreaterThan(41 * 86_400_000);
    expect((await notifications(row.event_id)).length).toBeGreaterThan(0);
    const audit = await t.sql<{ actor: string }>(`SELECT actor FROM audit_log WHERE event_id = $1`, [
      row.event_id,
    ]);
    expect(audit.map((a) => a.actor)).toContain('Citizen Space');
  });

  it('makes version 2 when the end date changes, and nothing new when the same content comes again', async () => {
    const first = await keep('ltp4-2026:a', 'ltp4-2026', byId('ltp4-2026'));
    expect(first.outcome).toBe('alert');
    const changed = await keep('ltp4-2026:b', 'ltp4-2026', { ...byId('ltp4-2026'), enddate: '2027/12/31' });
    expect(changed.outcome).toBe('update');
    expect(changed.event_id).toBe(first.event_id);
    expect((await event(first.event_id))?.version).toBe(2);
    expect((await event(first.event_id))?.payload['closesAt']).toBe('2027-12-31T23:59:00.000Z');
    const same = await keep('ltp4-2026:c', 'ltp4-2026', {
      ...byId('ltp4-2026'),
      enddate: '2027/12/31',
      status: 'Open',
    });
    expect(same).toMatchObject({ outcome: 'ignore', reason: 'nothing members read has changed' });
    expect((await event(first.event_id))?.version).toBe(2);
  });

  it('cancels the notice of a forthcoming consultation withdrawn before it opened', async () => {
    const c = { ...byId('ltp4-2026'), id: 'ltp4-withdrawn', title: 'A plan withdrawn' };
    const first = await keep('ltp4-withdrawn:a', 'ltp4-withdrawn', c);
    expect(first.outcome).toBe('alert');
    const gone = await keep('ltp4-withdrawn:withdrawn:1', 'ltp4-withdrawn', {
      id: 'ltp4-withdrawn',
      withdrawn: true,
    });
    expect(gone).toMatchObject({
      outcome: 'cancel',
      reason: 'the consultation was withdrawn before it opened',
      event_id: first.event_id,
    });
    const e = await event(first.event_id);
    expect(e).toMatchObject({ status: 'cancelled', version: 2 });
    const rows = await notifications(first.event_id);
    expect(rows.filter((r) => r.event_version === 1).every((r) => r.status !== 'created')).toBe(true);
    // Back on the site as it was: the cancelled event is not quietly counted as unchanged.
    const back = await keep('ltp4-withdrawn:a:after-withdrawal-1', 'ltp4-withdrawn', c);
    expect(back).toMatchObject({ outcome: 'error', event_id: first.event_id });
    expect(back.reason).toContain('its event was cancelled');
  });

  it('holds a consultation whose area is not mapped, lists it, and registers it once the area is mapped', async () => {
    const held = await keep(
      'bosworth-battlefield-paths:a',
      'bosworth-battlefield-paths',
      byId('bosworth-battlefield-paths'),
    );
    expect(held).toMatchObject({
      outcome: 'held',
      reason: 'the area "Bosworth rural parishes" is not yet mapped to divisions',
      event_id: null,
    });
    const listed = await t.request('GET', '/producers/citizen-space/areas', ds);
    expect((listed.body as { held: unknown[] }).held).toEqual([
      expect.objectContaining({
        title: 'Footpaths around Bosworth Battlefield',
        areas: ['Bosworth rural parishes'],
      }),
    ]);

    const wrong = await t.request('PUT', '/producers/citizen-space/areas/Bosworth%20rural%20parishes', {
      ...ds,
      body: { divisions: ['Market Bosworth', 'Bosworth Field'] },
    });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { message: string }).message).toBe('there is no division called "Bosworth Field"');

    const mapped = await t.request('PUT', '/producers/citizen-space/areas/Bosworth%20rural%20parishes', {
      ...ds,
      body: { divisions: ['market bosworth'] },
    });
    expect(mapped.status).toBe(200);
    const view = mapped.body as { held: unknown[]; areas: { name: string; divisions: string[] }[] };
    expect(view.held).toEqual([]);
    expect(view.areas).toContainEqual(
      expect.objectContaining({ name: 'Bosworth rural parishes', divisions: ['Market Bosworth'] }),
    );
    const [row] = await t.sql<Row>(
      `SELECT outcome, event_id FROM producer_messages WHERE message_id = 'bosworth-battlefield-paths:a'`,
    );
    expect(row?.outcome).toBe('alert');
    expect((await event(row?.event_id ?? null))?.payload).toMatchObject({
      title: 'Footpaths around Bosworth Battlefield',
      divisions: ['Market Bosworth'],
    });
  });

  it('keeps the area table for democratic services only, in plain words', async () => {
    const officer = await t.request('PUT', '/producers/citizen-space/areas/Blaby', {
      key: KEYS.officer,
      body: { countywide: true },
    });
    expect(officer.status).toBe(403);
    const empty = await t.request('PUT', '/producers/citizen-space/areas/Blaby', { ...ds, body: {} });
    expect(empty.status).toBe(400);
    expect((empty.body as { message: string }).message).toBe(
      'say which divisions the area covers, or that it is countywide',
    );
    const missing = await t.request('DELETE', '/producers/citizen-space/areas/Nowhere', ds);
    expect(missing.status).toBe(404);
  });
});
