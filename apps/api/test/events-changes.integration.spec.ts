import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface Row {
  id: string;
  recipient_name: string;
  event_version: number;
  change: string;
  status: string;
  last_error: string | null;
}

const rows = (eventId: string) =>
  t.sql<Row>(
    `SELECT id, recipient_name, event_version, change, status, last_error
       FROM notifications WHERE event_id = $1 ORDER BY event_version, recipient_name`,
    [eventId],
  );

const ofVersion = async (eventId: string, version: number) =>
  Object.fromEntries(
    (await rows(eventId)).filter((r) => r.event_version === version).map((r) => [r.recipient_name, r]),
  );

// Oadby has two members (Wendy Wymeswold, Oliver Belgrave); Quorn & Barrow and Rothley &
// Mountsorrel one each (Daniel Ashworth, Jasvinder Hartley). A service change with named divisions
// reaches only their members.
const libraryHours = {
  kind: 'service_change',
  title: 'Library opening hours',
  divisions: ['Oadby', 'Quorn & Barrow'],
};

async function register(body: Record<string, unknown> = libraryHours): Promise<string> {
  const r = await t.request('POST', '/events', { key: KEYS.officer, body });
  expect(r.status).toBe(201);
  return (r.body as { id: string }).id;
}

// The worker is not running here: mark the rows it would have delivered.
const deliver = (eventId: string, names: string[]) =>
  t.sql(
    "UPDATE notifications SET status = 'sent', sent_at = now() WHERE event_id = $1 AND recipient_name = ANY($2)",
    [eventId, names],
  );

describe('PATCH /events/:id', () => {
  it('makes version 2 and tells everyone affected before or after what changed', async () => {
    const id = await register();
    // Oliver's first alert has not gone yet; the other three have.
    await deliver(id, ['Wendy Wymeswold', 'Daniel Ashworth']);
    const r = await t.request('PATCH', `/events/${id}`, {
      key: KEYS.officer,
      body: { divisions: ['Oadby', 'Rothley & Mountsorrel'], changeNote: 'Rothley library joins the trial' },
    });
    expect(r.status).toBe(200);
    const body = r.body as { version: number; status: string; changes: string[]; notified: number };
    expect(body).toMatchObject({ version: 2, status: 'active', notified: 4 });
    expect(body.changes).toEqual(['Rothley library joins the trial', 'The divisions it affects changed.']);

    const v2 = await ofVersion(id, 2);
    expect(Object.keys(v2).sort()).toEqual([
      'Daniel Ashworth',
      'Jasvinder Hartley',
      'Oliver Belgrave',
      'Wendy Wymeswold',
    ]);
    // Told before and still affected: an update.
    expect(v2['Wendy Wymeswold']?.change).toBe('updated');
    // Affected before, but never reached: the new version is their first notice.
    expect(v2['Oliver Belgrave']?.change).toBe('new');
    // Affected only now.
    expect(v2['Jasvinder Hartley']?.change).toBe('new');
    // Told before, no longer affected: told so.
    expect(v2['Daniel Ashworth']?.change).toBe('removed');

    // The unsent first-version row is superseded rather than sent as well.
    const v1 = await ofVersion(id, 1);
    expect(v1['Oliver Belgrave']).toMatchObject({
      status: 'cancelled',
      last_error: 'superseded by version 2',
    });
    expect(v1['Wendy Wymeswold']?.status).toBe('sent');

    const versions = await t.sql<{ version: number }>(
      'SELECT version FROM event_versions WHERE event_id = $1 ORDER BY version',
      [id],
    );
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const one = (await t.request('GET', `/events/${id}`, { key: KEYS.officer })).body as {
      version: number;
      event: { divisions: string[] };
    };
    expect(one.version).toBe(2);
    expect(one.event.divisions).toEqual(['Oadby', 'Rothley & Mountsorrel']);
  });

  it('refuses to change the kind, with 400 naming the field, and stores nothing', async () => {
    const id = await register();
    const before = await rows(id);
    const r = await t.request('PATCH', `/events/${id}`, {
      key: KEYS.officer,
      body: { kind: 'major_incident' },
    });
    expect(r.status).toBe(400);
    expect((r.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['kind']);
    expect(await rows(id)).toEqual(before);
    const [event] = await t.sql<{ version: number }>('SELECT version FROM events WHERE id = $1', [id]);
    expect(event?.version).toBe(1);
  });

  it('refuses an edit that changes nothing', async () => {
    const id = await register();
    const r = await t.request('PATCH', `/events/${id}`, {
      key: KEYS.officer,
      body: { title: libraryHours.title },
    });
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/nothing changed/);
  });

  it('answers 404 for an event that does not exist', async () => {
    const r = await t.request('PATCH', '/events/00000000-0000-4000-8000-000000000000', {
      key: KEYS.officer,
      body: { title: 'x' },
    });
    expect(r.status).toBe(404);
  });
});

describe('POST /events/:id/cancel', () => {
  it('makes a new version that tells only those already reached, and closes the event to edits', async () => {
    const id = await register();
    await deliver(id, ['Wendy Wymeswold', 'Daniel Ashworth']);
    const r = await t.request('POST', `/events/${id}/cancel`, {
      key: KEYS.officer,
      body: { reason: 'funding withdrawn' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      version: 2,
      status: 'cancelled',
      changes: ['cancelled: funding withdrawn'],
    });

    const v2 = await ofVersion(id, 2);
    expect(Object.keys(v2).sort()).toEqual(['Daniel Ashworth', 'Wendy Wymeswold']);
    expect(Object.values(v2).every((x) => x.change === 'cancelled')).toBe(true);
    // Oliver never heard of it: his pending alert is withdrawn and he is not told of a cancellation.
    const v1 = await ofVersion(id, 1);
    expect(v1['Oliver Belgrave']?.status).toBe('cancelled');

    const one = (await t.request('GET', `/events/${id}`, { key: KEYS.officer })).body as {
      status: string;
      version: number;
    };
    expect(one).toMatchObject({ status: 'cancelled', version: 2 });

    const edit = await t.request('PATCH', `/events/${id}`, { key: KEYS.officer, body: { title: 'Again' } });
    expect(edit.status).toBe(409);
    const again = await t.request('POST', `/events/${id}/cancel`, { key: KEYS.officer });
    expect(again.status).toBe(409);
    const versions = await t.sql('SELECT 1 FROM event_versions WHERE event_id = $1', [id]);
    expect(versions).toHaveLength(2);
  });
});

describe('the transaction', () => {
  const count = async (table: string) =>
    Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  const tables = ['events', 'event_versions', 'notifications', 'audit_log'];
  // One client, so one query at a time.
  const counts = async () => {
    const out: number[] = [];
    for (const table of tables) out.push(await count(table));
    return out;
  };

  it('leaves no event and no notification when a write fails after planning, and says to try again', async () => {
    const before = await counts();
    // Fails the notification insert, after the event and its version are written in the transaction.
    await t.sql(`CREATE FUNCTION refuse_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated failure writing notifications'; END $$`);
    await t.sql(`CREATE TRIGGER refuse_notifications BEFORE INSERT ON notifications
      FOR EACH ROW EXECUTE FUNCTION refuse_notifications()`);
    try {
      const r = await t.request('POST', '/events', {
        key: KEYS.officer,
        body: { ...libraryHours, title: 'Doomed by the trigger' },
      });
      expect(r.status).toBe(503);
      expect((r.body as { message: string }).message).toMatch(/nothing was stored; try again/);
      expect(r.text).not.toMatch(/simulated failure|INSERT INTO/);
    } finally {
      await t.sql('DROP TRIGGER refuse_notifications ON notifications');
      await t.sql('DROP FUNCTION refuse_notifications()');
    }
    expect(await counts()).toEqual(before);
    expect(await t.sql("SELECT 1 FROM events WHERE title = 'Doomed by the trigger'")).toEqual([]);

    // The same request succeeds once the fault is gone.
    const ok = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { ...libraryHours, title: 'Doomed by the trigger' },
    });
    expect(ok.status).toBe(201);
  });
});
