import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProducerInboxService } from '../src/producers/producer-inbox.service';
import {
  permitMessage,
  postToStreetManager,
  STREET_MANAGER_CONTACT,
  type SnsFields,
  type SnsPublisher,
  startSnsPublisher,
  streetManagerSettings,
  TOPIC_ARN,
} from './support/sns-publisher';
import { expectEventually, KEYS, startTestApi, type TestApi } from './support/test-api';

// Street Manager notifications turned into events, through the SNS endpoint, with the council's
// own highway authority code (2480) and the works on London Road, Oadby.

let sns: SnsPublisher;
let t: TestApi;
beforeAll(async () => {
  sns = await startSnsPublisher();
  t = await startTestApi(streetManagerSettings(sns));
});
afterAll(async () => {
  await t?.close();
  await sns?.close();
});

const post = async (fields: SnsFields) => {
  const r = await postToStreetManager(t, fields);
  if (r.status !== 200) throw new Error(`the endpoint answered ${r.status}: ${r.text}`);
  return r.body as { result: string };
};

interface Processed {
  outcome: string;
  reason: string;
  ref: string | null;
  event_id: string | null;
}
/** Posts a notification and waits until it has been processed. */
async function deliver(message: unknown, id?: string): Promise<Processed> {
  const n = sns.notification(message, id ? { id } : {});
  await post(n);
  const [row] = await expectEventually(
    () =>
      t.sql<Processed & { processed_at: Date | null }>(
        'SELECT outcome, reason, ref, event_id, processed_at FROM producer_messages WHERE message_id = $1',
        [n['MessageId']],
      ),
    (rows) => rows[0]?.processed_at != null,
  );
  if (!row) throw new Error('no row');
  return { outcome: row.outcome, reason: row.reason, ref: row.ref, event_id: row.event_id };
}

const eventsFor = (ref: string) =>
  t.sql<{
    id: string;
    kind: string;
    title: string;
    status: string;
    version: number;
    payload: Record<string, unknown>;
  }>(
    "SELECT id, kind, title, status, version, payload FROM events WHERE source = 'street-manager' AND source_ref = $1",
    [ref],
  );
const notificationsOf = (eventId: string) =>
  t.sql<{ event_version: number; recipient_id: string; change: string }>(
    'SELECT event_version, recipient_id, change FROM notifications WHERE event_id = $1 ORDER BY event_version, recipient_id',
    [eventId],
  );

/** As if the worker had sent every e-mail so far (the end-to-end test sends them for real). */
const markSent = (eventId: string) =>
  t.sql(
    "UPDATE notifications SET status = 'sent', sent_at = now() WHERE event_id = $1 AND status IN ('created', 'queued')",
    [eventId],
  );

describe('Street Manager notifications become events', () => {
  const ref = 'LK011WRK000201';
  const first = permitMessage({ workRef: ref, eventTime: '2027-05-02T09:15:00.000Z' });
  const firstId = `sm-${ref}-1`;
  let eventId = '';

  it('a major works notification alerts: one road works event, with a row for each person the plan names', async () => {
    const done = await deliver(first, firstId);
    expect(done).toMatchObject({ outcome: 'alert', ref, reason: 'Major works with road closure' });
    const [event, ...more] = await eventsFor(ref);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'road_works',
      title: 'Major road works: London Road, Oadby',
      status: 'active',
      version: 1,
    });
    expect(event?.payload).toMatchObject({
      major: true,
      venue: 'London Road, Oadby',
      contact: { name: 'Highways Network Team', email: 'highways@leics.example' },
    });
    eventId = event?.id ?? '';
    expect(done.event_id).toBe(eventId);

    // The plan the console would show for the same works, asked for independently.
    const { source: _s, sourceRef: _r, ...fields } = { ...(event?.payload ?? {}) };
    const preview = await t.request('POST', '/events/preview', { key: KEYS.officer, body: fields });
    expect(preview.status, preview.text).toBe(200);
    const planned = (preview.body as { recipients: { id: string }[] }).recipients.map((r) => r.id).sort();
    expect(planned.length).toBeGreaterThan(0);
    const rows = await notificationsOf(eventId);
    expect(rows.map((r) => r.recipient_id).sort()).toEqual(planned);
    expect(new Set(rows.map((r) => r.change))).toEqual(new Set(['new']));

    const audit = await t.sql<{ actor: string }>(
      "SELECT actor FROM audit_log WHERE action = 'event.registered' AND event_id = $1",
      [eventId],
    );
    expect(audit).toEqual([{ actor: 'Street Manager' }]);
  });

  it('the same MessageId again changes nothing', async () => {
    const before = await notificationsOf(eventId);
    expect(await post(sns.notification(first, { id: firstId }))).toMatchObject({ result: 'duplicate' });
    expect(await eventsFor(ref)).toHaveLength(1);
    expect(await notificationsOf(eventId)).toEqual(before);
  });

  it('a later message with a new end makes version 2, with change rows', async () => {
    await markSent(eventId);
    const altered = permitMessage({
      workRef: ref,
      eventType: 'PERMIT_ALTERATION_APPROVED',
      eventTime: '2027-05-09T10:00:00.000Z',
      data: {
        proposed_end_date: '2027-08-04T00:00:00.000Z',
        proposed_end_time: '2027-08-04T17:00:00.000Z',
      },
    });
    expect(await deliver(altered)).toMatchObject({
      outcome: 'update',
      reason: 'the end changed',
      event_id: eventId,
    });
    const [event] = await eventsFor(ref);
    expect(event).toMatchObject({ version: 2, status: 'active' });
    const v2 = (await notificationsOf(eventId)).filter((r) => r.event_version === 2);
    const v1 = (await notificationsOf(eventId)).filter((r) => r.event_version === 1);
    expect(v2.map((r) => r.recipient_id)).toEqual(v1.map((r) => r.recipient_id));
    expect(v2.every((r) => r.change === 'updated')).toBe(true);
  });

  it('a message older than the last applied is ignored', async () => {
    const stale = permitMessage({
      workRef: ref,
      eventType: 'PERMIT_GRANTED',
      eventTime: '2027-05-05T10:00:00.000Z',
      data: { proposed_end_date: '2027-07-20T00:00:00.000Z' },
    });
    expect(await deliver(stale)).toMatchObject({
      outcome: 'ignore',
      reason: 'older than a message already applied for these works',
    });
    expect((await eventsFor(ref))[0]?.version).toBe(2);
  });

  it('PERMIT_CANCELLED cancels the event and tells everyone who heard', async () => {
    await markSent(eventId);
    const cancelled = permitMessage({
      workRef: ref,
      eventType: 'PERMIT_CANCELLED',
      eventTime: '2027-05-12T10:00:00.000Z',
    });
    expect(await deliver(cancelled)).toMatchObject({
      outcome: 'cancel',
      reason: 'the permit was cancelled',
      event_id: eventId,
    });
    const [event] = await eventsFor(ref);
    expect(event).toMatchObject({ version: 3, status: 'cancelled' });
    const rows = await notificationsOf(eventId);
    const v3 = rows.filter((r) => r.event_version === 3);
    expect(v3.length).toBeGreaterThan(0);
    expect(v3.every((r) => r.change === 'cancelled')).toBe(true);
    const told = new Set(rows.filter((r) => r.event_version < 3).map((r) => r.recipient_id));
    expect(new Set(v3.map((r) => r.recipient_id))).toEqual(told);
    const [version] = await t.sql<{ changes: string[] }>(
      'SELECT changes FROM event_versions WHERE event_id = $1 AND version = 3',
      [eventId],
    );
    expect(version?.changes).toEqual(['cancelled: the permit was cancelled']);
  });

  it('works of another highway authority are ignored, naming it', async () => {
    const other = permitMessage({
      workRef: 'NT011WRK000301',
      data: {
        highway_authority_swa_code: '3060',
        highway_authority: 'NOTTINGHAMSHIRE COUNTY COUNCIL',
      },
    });
    expect(await deliver(other)).toMatchObject({
      outcome: 'ignore',
      reason: 'the highway authority (NOTTINGHAMSHIRE COUNTY COUNCIL) is not this council (code 3060)',
      event_id: null,
    });
    expect(await eventsFor('NT011WRK000301')).toEqual([]);
  });

  it('a Message that is not JSON is an error, with its reason', async () => {
    const done = await deliver('this is not a street manager message');
    expect(done.outcome).toBe('error');
    expect(done.reason).toMatch(/JSON/);
  });

  it('the producers list shows each outcome and its reason', async () => {
    const r = await t.request('GET', `/producers/messages?source=street-manager&q=${ref}`, {
      key: KEYS.democraticServices,
    });
    expect(r.status, r.text).toBe(200);
    const listed = (r.body as { messages: { outcome: string; reason: string | null }[] }).messages;
    expect(listed.map((m) => [m.outcome, m.reason]).sort()).toEqual(
      [
        ['alert', 'Major works with road closure'],
        ['update', 'the end changed'],
        ['ignore', 'older than a message already applied for these works'],
        ['cancel', 'the permit was cancelled'],
      ].sort(),
    );
  });
});

describe('processing is safe to run twice', () => {
  it('a row processed already is left alone when processed again', async () => {
    const ref = 'LK011WRK000401';
    const done = await deliver(permitMessage({ workRef: ref, eventTime: '2027-05-02T09:00:00.000Z' }));
    expect(done.outcome).toBe('alert');
    const [row] = await t.sql<{ id: string }>('SELECT id FROM producer_messages WHERE ref = $1', [ref]);
    await t.api.app.get(ProducerInboxService).process(row?.id ?? '');
    expect(await eventsFor(ref)).toHaveLength(1);
    expect((await notificationsOf(done.event_id ?? '')).every((r) => r.event_version === 1)).toBe(true);
  });

  it('a row whose processing died after registering is picked up without a second event or e-mail row', async () => {
    const ref = 'LK011WRK000402';
    const message = permitMessage({ workRef: ref, eventTime: '2027-05-02T09:00:00.000Z' });
    const done = await deliver(message);
    const before = await notificationsOf(done.event_id ?? '');
    // As if the process had died between registering the event and marking the row processed.
    await t.sql(
      "UPDATE producer_messages SET processed_at = NULL, outcome = 'pending', received_at = now() - interval '5 minutes' WHERE ref = $1",
      [ref],
    );
    await t.sql('DELETE FROM producer_state WHERE ref = $1', [ref]);
    await t.api.app.get(ProducerInboxService).pickUp();
    const [row] = await t.sql<Processed>('SELECT outcome, event_id FROM producer_messages WHERE ref = $1', [
      ref,
    ]);
    expect(row).toMatchObject({ outcome: 'alert', event_id: done.event_id });
    expect(await eventsFor(ref)).toHaveLength(1);
    expect(await notificationsOf(done.event_id ?? '')).toEqual(before);
  });

  it('two processes picking up at once apply each message once', async () => {
    const ref = 'LK011WRK000403';
    const [council] = await t.sql<{ id: string }>('SELECT id FROM councils LIMIT 1');
    const messages = [
      permitMessage({ workRef: ref, eventTime: '2027-05-02T09:00:00.000Z' }),
      permitMessage({
        workRef: ref,
        eventType: 'PERMIT_ALTERATION_APPROVED',
        eventTime: '2027-05-03T09:00:00.000Z',
        data: {
          proposed_start_date: '2027-07-15T00:00:00.000Z',
          proposed_start_time: '2027-07-15T08:00:00.000Z',
        },
      }),
    ];
    for (const [i, m] of messages.entries()) {
      const n = sns.notification(m);
      await t.sql(
        `INSERT INTO producer_messages (council_id, source, message_id, message, ref, received_at)
         VALUES ($1, 'street-manager', $2, $3, $4, now() - interval '5 minutes' + $5 * interval '1 second')`,
        [council?.id, n['MessageId'], JSON.stringify(n), ref, i],
      );
    }
    // A second API process on the same database, picking up at the same moment as this one.
    const other = await startTestApi({
      STREET_MANAGER_SWA_CODES: '2480',
      ...STREET_MANAGER_CONTACT,
      DATABASE_SCHEMA: t.schema,
      QUEUE_PREFIX: t.config.queuePrefix,
    });
    try {
      await Promise.all([
        t.api.app.get(ProducerInboxService).pickUp(),
        other.api.app.get(ProducerInboxService).pickUp(),
      ]);
    } finally {
      await other.close();
    }
    const rows = await t.sql<Processed & { processed_at: Date | null }>(
      'SELECT outcome, reason, event_id, processed_at FROM producer_messages WHERE ref = $1 ORDER BY received_at',
      [ref],
    );
    expect(rows.every((r) => r.processed_at !== null)).toBe(true);
    // Whichever process took which: the older applied first then the newer as an update, or the
    // newer first and the older ignored. Never two events, and the newer start stands.
    expect([
      ['alert', 'update'],
      ['ignore', 'alert'],
    ]).toContainEqual(rows.map((r) => r.outcome));
    const events = await eventsFor(ref);
    expect(events).toHaveLength(1);
    expect(events[0]?.payload['startsAt']).toBe('2027-07-15T08:00:00.000Z');
    const registered = await t.sql(
      "SELECT 1 FROM audit_log WHERE action = 'event.registered' AND event_id = $1",
      [events[0]?.id],
    );
    expect(registered).toHaveLength(1);
  });
});

describe('without a contact to name', () => {
  it('refuses to alert, naming the settings', async () => {
    const bare = await startTestApi({
      STREET_MANAGER_TOPIC_ARNS: TOPIC_ARN,
      STREET_MANAGER_SWA_CODES: '2480',
      STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: sns.prefix,
    });
    try {
      const n = sns.notification(permitMessage({ workRef: 'LK011WRK000501' }));
      const r = await postToStreetManager(bare, n);
      expect(r.status).toBe(200);
      const [row] = await expectEventually(
        () =>
          bare.sql<{ outcome: string; reason: string }>(
            'SELECT outcome, reason FROM producer_messages WHERE message_id = $1 AND processed_at IS NOT NULL',
            [n['MessageId']],
          ),
        (rows) => rows.length === 1,
      );
      expect(row?.outcome).toBe('error');
      expect(row?.reason).toMatch(/set STREET_MANAGER_CONTACT_NAME and STREET_MANAGER_CONTACT_EMAIL/);
      expect(await bare.sql('SELECT 1 FROM events WHERE source_ref = $1', ['LK011WRK000501'])).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
