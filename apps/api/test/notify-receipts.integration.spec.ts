import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

const TOKEN = 'the-council-callback-token-for-notify-0123456789';

let t: TestApi;
let eventId: string;
/** The outbox rows of the event, one per person: each test takes its own. */
const rows: { id: string; email: string; recipient_id: string; recipient_kind: string }[] = [];

beforeAll(async () => {
  t = await startTestApi({ NOTIFY_CALLBACK_TOKEN: TOKEN });
  const r = await t.request('POST', '/events', {
    key: KEYS.officer,
    body: {
      kind: 'road_works',
      title: 'A6 resurfacing',
      major: true,
      divisions: ['Quorn & Barrow', 'Loughborough South'],
    },
  });
  expect(r.status, r.text).toBe(201);
  eventId = (r.body as { id: string }).id;
  rows.push(
    ...(await t.sql<(typeof rows)[number]>(
      `SELECT id, email, recipient_id, recipient_kind FROM notifications WHERE event_id = $1 ORDER BY recipient_kind, email`,
      [eventId],
    )),
  );
  expect(rows.length).toBeGreaterThanOrEqual(9);
});
afterAll(async () => {
  await t?.close();
});

let taken = 0;
const nextRow = () => rows[taken++] as (typeof rows)[number];
const nextMemberRow = () => {
  const i = rows.findIndex((r, k) => k >= taken && r.recipient_kind === 'member');
  const [row] = rows.splice(i, 1);
  return row as (typeof rows)[number];
};

/** A receipt as GOV.UK Notify's documentation gives it. */
function receipt(reference: string | null, status: string, completedAt: string, extra: object = {}) {
  return {
    id: randomUUID(),
    reference,
    to: 'someone@example.gov.uk',
    status,
    created_at: '2026-12-07T19:01:00.000000Z',
    completed_at: completedAt,
    sent_at: '2026-12-07T19:01:02.000000Z',
    notification_type: 'email',
    template_id: randomUUID(),
    template_version: 1,
    ...extra,
  };
}

/** Posts a receipt with the council's token, another, or (null) none. */
const post = (body: unknown, token: string | null = TOKEN) =>
  t.request('POST', '/notify/receipts', {
    body,
    ...(token !== null ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });

/** What the event page reads of one message. */
async function shown(id: string) {
  const r = await t.request('GET', `/events/${eventId}`, { key: KEYS.officer });
  expect(r.status).toBe(200);
  const n = (
    r.body as { notifications: { id: string; deliveryStatus: string | null; deliveryAt: string | null }[] }
  ).notifications.find((x) => x.id === id);
  return { status: n?.deliveryStatus, at: n?.deliveryAt };
}

const auditLines = (id: string) =>
  t.sql<{ details: { status: string } }>(
    `SELECT details FROM audit_log WHERE notification_id = $1 AND action = 'notification.delivery' ORDER BY id`,
    [id],
  );

describe('POST /notify/receipts: GOV.UK Notify delivery receipts', () => {
  it('records a receipt sent with the council’s token on the message it names, with an audit line', async () => {
    const row = nextRow();
    const r = await post(receipt(row.id, 'delivered', '2026-12-07T19:02:10.123456Z'));
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ result: 'recorded' });
    expect(await shown(row.id)).toEqual({ status: 'delivered', at: '2026-12-07T19:02:10.123Z' });
    const lines = await auditLines(row.id);
    expect(lines.map((l) => l.details.status)).toEqual(['delivered']);
  });

  it('refuses a wrong token, or none, with 401 and changes nothing, whatever the body', async () => {
    const row = nextRow();
    for (const token of ['not-the-token', `${TOKEN}x`, TOKEN.slice(0, -1), null]) {
      const r = await post(receipt(row.id, 'delivered', '2026-12-07T19:02:10.000000Z'), token);
      expect(r.status).toBe(401);
      expect((r.body as { message: string }).message).toMatch(/callback token/);
    }
    // The token is checked before the body: a bad body with a wrong token is still 401.
    expect((await post({ nonsense: true }, 'wrong')).status).toBe(401);
    expect(await shown(row.id)).toEqual({ status: null, at: null });
    expect(await auditLines(row.id)).toEqual([]);
  });

  it('changes nothing when the same receipt comes twice', async () => {
    const row = nextRow();
    const body = receipt(row.id, 'delivered', '2026-12-07T19:03:00.000000Z');
    expect((await post(body)).body).toMatchObject({ result: 'recorded' });
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ result: 'unchanged' });
    expect(await auditLines(row.id)).toHaveLength(1);
  });

  it('changes nothing when an earlier receipt arrives after a later one', async () => {
    const row = nextRow();
    await post(receipt(row.id, 'delivered', '2026-12-07T19:05:00.000000Z'));
    const late = await post(receipt(row.id, 'temporary-failure', '2026-12-07T19:04:00.000000Z'));
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ result: 'unchanged' });
    expect(await shown(row.id)).toEqual({ status: 'delivered', at: '2026-12-07T19:05:00.000Z' });
  });

  it('never moves a status backwards: an address that does not exist is not made delivered again', async () => {
    const row = nextRow();
    await post(receipt(row.id, 'temporary-failure', '2026-12-07T19:06:00.000000Z'));
    expect(await shown(row.id)).toMatchObject({ status: 'temporary-failure' });
    // Forward: Notify tried again and the message arrived; then the e-mail bounced.
    await post(receipt(row.id, 'delivered', '2026-12-07T19:07:00.000000Z'));
    await post(receipt(row.id, 'permanent-failure', '2026-12-07T19:08:00.000000Z'));
    for (const status of ['delivered', 'technical-failure', 'temporary-failure']) {
      const r = await post(receipt(row.id, status, '2026-12-07T19:09:00.000000Z'));
      expect(r.body).toMatchObject({ result: 'unchanged' });
    }
    expect(await shown(row.id)).toEqual({ status: 'permanent-failure', at: '2026-12-07T19:08:00.000Z' });
    expect((await auditLines(row.id)).map((l) => l.details.status)).toEqual([
      'temporary-failure',
      'delivered',
      'permanent-failure',
    ]);
  });

  it('answers and ignores a receipt for a message not in the outbox, or with no reference', async () => {
    for (const reference of [randomUUID(), 'not-one-of-ours', null]) {
      const r = await post(receipt(reference, 'delivered', '2026-12-07T19:02:10.000000Z'));
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ result: 'ignored' });
    }
  });

  it('refuses a receipt that is not one, naming the fields, with 400', async () => {
    const row = nextRow();
    const fields = async (body: object) => {
      const r = await post({ ...receipt(row.id, 'delivered', '2026-12-07T19:02:10.000000Z'), ...body });
      expect(r.status).toBe(400);
      return (r.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    };
    expect(await fields({ status: 'lost' })).toEqual(['status']);
    expect(await fields({ created_at: 'yesterday', completed_at: '7pm' })).toEqual([
      'created_at',
      'completed_at',
    ]);
    expect(await fields({ id: undefined })).toEqual(['id']);
    expect(await shown(row.id)).toEqual({ status: null, at: null });
  });

  it('marks a member’s address when Notify says it does not exist', async () => {
    const row = nextMemberRow();
    const r = await post(receipt(row.id, 'permanent-failure', '2026-12-07T19:10:00.000000Z'));
    expect(r.body).toMatchObject({ result: 'recorded' });
    const [member] = await t.sql<{ email_failed: string; email_failed_at: Date }>(
      `SELECT email_failed, email_failed_at FROM members WHERE id = $1`,
      [row.recipient_id],
    );
    expect(member?.email_failed).toBe(row.email);
    expect(member?.email_failed_at.toISOString()).toBe('2026-12-07T19:10:00.000Z');
  });

  it('answers 503 when the receipt cannot be stored, so that Notify sends it again, and stores it then', async () => {
    const row = nextRow();
    const body = receipt(row.id, 'delivered', '2026-12-07T19:11:00.000000Z');
    await t.sql(`ALTER TABLE notifications RENAME TO notifications_away`);
    let r;
    try {
      r = await post(body);
    } finally {
      await t.sql(`ALTER TABLE notifications_away RENAME TO notifications`);
    }
    expect(r.status).toBe(503);
    expect((r.body as { message: string }).message).toMatch(/could not be stored/);
    const retried = await post(body);
    expect(retried.body).toMatchObject({ result: 'recorded' });
    expect(await shown(row.id)).toMatchObject({ status: 'delivered' });
  });
});

describe('texts: democratic services set a member’s mobile number, and a number that does not exist is marked', () => {
  it('refuses a number that is not a UK mobile in words, sends a major incident by text too, and clears the mark when the number changes', async () => {
    const ds = { key: KEYS.democraticServices };
    const bad = await t.request('PATCH', '/members/m043', { ...ds, body: { mobile: '0116 305 0001' } });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string; message: string }[] }).errors).toEqual([
      { field: 'mobile', message: 'must be a UK mobile number, such as 07700 900123' },
    ]);
    const set = await t.request('PATCH', '/members/m043', { ...ds, body: { mobile: '+44 7700 900456' } });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ mobile: '07700 900456', mobileFailedAt: null });

    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'major_incident', title: 'Gas leak', divisions: ['Oadby'] },
    });
    expect(r.status, r.text).toBe(201);
    const [text] = await t.sql<{ id: string }>(
      `SELECT n.id FROM notifications n JOIN members m ON m.id = n.recipient_id
        WHERE n.event_id = $1 AND n.channel = 'sms' AND m.external_id = 'm043' AND n.mobile = '+447700900456'`,
      [(r.body as { id: string }).id],
    );
    expect(text).toBeDefined();
    const failed = await post(
      receipt(text?.id ?? '', 'permanent-failure', '2026-12-07T19:12:00.000000Z', {
        notification_type: 'sms',
      }),
    );
    expect(failed.body).toMatchObject({ result: 'recorded' });
    const marked = await t.request('GET', '/members/m043', ds);
    expect(marked.body).toMatchObject({ mobileFailedAt: '2026-12-07T19:12:00.000Z', emailFailedAt: null });

    const corrected = await t.request('PATCH', '/members/m043', { ...ds, body: { mobile: '07700 900789' } });
    expect(corrected.body).toMatchObject({ mobile: '07700 900789', mobileFailedAt: null });
  });
});
