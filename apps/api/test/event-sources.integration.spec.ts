import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface Answer {
  id: string;
  version: number;
  status: string;
  queued: number;
  outcome: string;
  source?: string;
  sourceRef?: string;
  changes?: string[];
}

// Oadby has two members, Quorn & Barrow one: three alerts for the first version.
const works = (ref: string, extra: Record<string, unknown> = {}) => ({
  kind: 'service_change',
  title: 'Library opening hours',
  divisions: ['Oadby', 'Quorn & Barrow'],
  source: 'street-manager',
  sourceRef: ref,
  ...extra,
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  t.request('POST', '/events', { key: KEYS.officer, body, headers });

const alerts = async (eventId: string) =>
  (await t.sql<{ n: string }>('SELECT count(*) AS n FROM notifications WHERE event_id = $1', [eventId]))[0]
    ?.n;

const eventsWithRef = async (ref: string) =>
  (await t.sql<{ n: string }>('SELECT count(*) AS n FROM events WHERE source_ref = $1', [ref]))[0]?.n;

describe('POST /events with source and sourceRef', () => {
  it('the same pair again answers 200 with the stored event and writes no second alert', async () => {
    const first = await post(works('WRK-1'));
    expect(first.status).toBe(201);
    const a = first.body as Answer;
    expect(a).toMatchObject({ version: 1, outcome: 'registered', queued: 3, sourceRef: 'WRK-1' });

    const again = await post(works('WRK-1'));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: a.id, version: 1, outcome: 'unchanged', queued: 0 });
    expect(await alerts(a.id)).toBe('3');
    expect(await eventsWithRef('WRK-1')).toBe('1');
  });

  it('a changed event under the same pair makes version 2 with the change alerts, as an edit does', async () => {
    const a = (await post(works('WRK-2'))).body as Answer;
    // The worker is not running here: mark the first alerts delivered, as it would have.
    await t.sql("UPDATE notifications SET status = 'sent', sent_at = now() WHERE event_id = $1", [a.id]);
    const r = await post(works('WRK-2', { divisions: ['Oadby', 'Rothley & Mountsorrel'] }));
    expect(r.status).toBe(200);
    const b = r.body as Answer;
    expect(b).toMatchObject({ id: a.id, version: 2, outcome: 'updated', status: 'active' });
    expect(b.changes).toContain('The divisions it affects changed.');
    // Oadby's two are updated, Quorn & Barrow's member is told it no longer concerns them, Rothley's is new.
    expect(b.queued).toBe(4);
    const v2 = await t.sql<{ change: string }>(
      'SELECT change FROM notifications WHERE event_id = $1 AND event_version = 2 ORDER BY change',
      [a.id],
    );
    expect(v2.map((x) => x.change)).toEqual(['new', 'removed', 'updated', 'updated']);
    // Sending version 2 again changes nothing more.
    const same = await post(works('WRK-2', { divisions: ['Oadby', 'Rothley & Mountsorrel'] }));
    expect(same.body).toMatchObject({ version: 2, outcome: 'unchanged', queued: 0 });
  });

  it('the event page says where it came from', async () => {
    const a = (await post(works('WRK-3'))).body as Answer;
    const r = await t.request('GET', `/events/${a.id}`, { key: KEYS.officer });
    expect(r.body).toMatchObject({
      origin: { source: 'street-manager', sourceRef: 'WRK-3', label: 'Street Manager works WRK-3' },
    });
    const plain = (await post({ kind: 'service_change', title: 'Typed by hand', divisions: ['Oadby'] }))
      .body as Answer;
    const typed = await t.request('GET', `/events/${plain.id}`, { key: KEYS.officer });
    expect(typed.body).toMatchObject({ origin: null });
  });

  it('ten registrations of one pair at once make one event and three alerts', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(works('WRK-RACE'))));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(answers.map((r) => (r.body as Answer).id));
    expect(ids.size).toBe(1);
    expect(await eventsWithRef('WRK-RACE')).toBe('1');
    expect(await alerts([...ids][0] as string)).toBe('3');
  });

  it('a cancelled event sent again unchanged answers as it is; changed, it is refused', async () => {
    const a = (await post(works('WRK-4'))).body as Answer;
    await t.request('POST', `/events/${a.id}/cancel`, { key: KEYS.officer, body: {} });
    const same = await post(works('WRK-4'));
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ status: 'cancelled', outcome: 'unchanged' });
    const changed = await post(works('WRK-4', { title: 'Library hours, again' }));
    expect(changed.status).toBe(409);
    expect((changed.body as { message: string }).message).toMatch(/WRK-4 was cancelled/);
  });

  it('refuses a source without a reference, and a reference without a source, naming each', async () => {
    const r = await post({ ...works('x'), sourceRef: undefined });
    expect(r.status).toBe(400);
    expect((r.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['sourceRef']);
    const s = await post({ ...works('x'), source: 'Street Manager!' });
    expect(s.status).toBe(400);
    expect((s.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['source']);
  });
});

describe('POST /events with an Idempotency-Key', () => {
  const body = { kind: 'service_change', title: 'Mobile library route', divisions: ['Oadby'] };

  it('the same key and body give the first answer, and one event', async () => {
    const first = await post(body, { 'idempotency-key': 'retry-1' });
    expect(first.status).toBe(201);
    const again = await post(body, { 'idempotency-key': 'retry-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const n = await t.sql<{ n: string }>(
      "SELECT count(*) AS n FROM events WHERE title = 'Mobile library route'",
    );
    expect(n[0]?.n).toBe('1');
  });

  it('gives the first answer even when the API stopped before noting it', async () => {
    const b = { ...body, title: 'Mobile library, interrupted' };
    const first = await post(b, { 'idempotency-key': 'interrupted' });
    // As if the process had stopped between storing the event and noting its answer.
    await t.sql("UPDATE idempotency_keys SET answer = NULL WHERE key = 'interrupted'");
    const again = await post(b, { 'idempotency-key': 'interrupted' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it('the same key with a different body is refused with 422, and stores nothing', async () => {
    await post(body, { 'idempotency-key': 'retry-2' });
    const r = await post({ ...body, title: 'Another event' }, { 'idempotency-key': 'retry-2' });
    expect(r.status).toBe(422);
    expect((r.body as { message: string }).message).toMatch(/already used for a different event/);
    const n = await t.sql<{ n: string }>("SELECT count(*) AS n FROM events WHERE title = 'Another event'");
    expect(n[0]?.n).toBe('0');
  });

  it('five retries at once make one event and give the same answer', async () => {
    const b = { ...body, title: 'Mobile library, at once' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post(b, { 'idempotency-key': 'burst' })),
    );
    expect(new Set(answers.map((r) => (r.body as Answer).id)).size).toBe(1);
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    const n = await t.sql<{ n: string }>(
      "SELECT count(*) AS n FROM events WHERE title = 'Mobile library, at once'",
    );
    expect(n[0]?.n).toBe('1');
  });

  it('a key is its caller’s own: another key with the same Idempotency-Key makes its own event', async () => {
    const b = { ...body, title: 'Two callers' };
    await post(b, { 'idempotency-key': 'shared' });
    const other = await t.request('POST', '/events', {
      key: KEYS.democraticServices,
      body: b,
      headers: { 'idempotency-key': 'shared' },
    });
    expect(other.status).toBe(201);
  });

  it('a key that is not visible text is refused', async () => {
    const r = await post(body, { 'idempotency-key': 'has spaces in it' });
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/Idempotency-Key/);
  });
});
