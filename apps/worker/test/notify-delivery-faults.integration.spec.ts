import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { NotifyStandIn, type NotifyStandInOptions } from '../../../tools/testing/notify-stand-in';
import {
  allFinal,
  hourAgo,
  register,
  rows,
  startDelivery,
  type DeliveryHarness,
} from './support/delivery-harness';

// An installation that sends its e-mail through GOV.UK Notify, against the loopback stand-in: each
// fault test counts what Notify received against the notification rows.
const TEMPLATE = randomUUID();
const templates = [{ id: TEMPLATE, type: 'email' as const, subject: '((subject))', body: '((body))' }];

let h: DeliveryHarness | undefined;
let notify: NotifyStandIn | undefined;
afterEach(async () => {
  await h?.close();
  await notify?.stop();
  h = undefined;
  notify = undefined;
});

async function notifyInstallation(
  options: Partial<NotifyStandInOptions> = {},
  worker: Record<string, string> = {},
): Promise<{ h: DeliveryHarness; notify: NotifyStandIn }> {
  notify = new NotifyStandIn({ templates, ...options });
  await notify.start();
  h = await startDelivery({
    worker: {
      SMTP_URL: '',
      EMAIL_CHANNEL: 'notify',
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_EMAIL_TEMPLATE_ID: TEMPLATE,
      NOTIFY_TIMEOUT_MS: '1000',
      ...worker,
    },
  });
  return { h, notify };
}

function report(name: string, expected: number, n: NotifyStandIn): void {
  const unique = new Set(n.sent.map((m) => m.reference)).size;
  process.stdout.write(
    `[notify] ${name}: rows ${expected}, messages at Notify ${n.sent.length}, unique references ${unique}, duplicates ${n.duplicates().length}, lost ${expected - unique}, 429s ${n.answers.get(429) ?? 0}\n`,
  );
}

/** Every row sent, each exactly once at Notify under its own id, with Notify's id for it on the row. */
async function expectEachOnce(harness: DeliveryHarness, n: NotifyStandIn, eventIds: string[]): Promise<void> {
  const done = await allFinal(harness, eventIds, 120_000);
  expect(done.every((r) => r.status === 'sent')).toBe(true);
  expect(n.duplicates()).toEqual([]);
  expect(n.sent.map((m) => m.reference).sort()).toEqual(done.map((r) => r.id).sort());
  const ids = await harness.t.sql<{ id: string; message_id: string }>(
    'SELECT id, message_id FROM notifications WHERE event_id = ANY($1)',
    [eventIds],
  );
  for (const r of ids) expect(r.message_id).toBe(n.byReference(r.id)[0]?.id);
}

const flooding = {
  kind: 'major_incident',
  title: 'Flooding',
  portfolio: 'Community Safety and Resilience',
  divisions: ['Sileby & The Wolds'],
};

const consultation = (title: string) => ({
  kind: 'consultation',
  title,
  countywide: true,
  opensAt: hourAgo(),
});

describe('delivery through GOV.UK Notify', () => {
  it("sends each alert once, in our words on the council's template, referenced by its row", async () => {
    const { h, notify } = await notifyInstallation();
    await h.addWorker();
    const ids = [
      await register(h, {
        kind: 'road_works',
        title: 'A6 works',
        major: true,
        divisions: ['Quorn & Barrow'],
      }),
    ];
    await expectEachOnce(h, notify, ids);
    const sent = await rows(h.t, ids);
    report('sent once', sent.length, notify);
    for (const m of notify.sent) {
      const row = sent.find((r) => r.id === m.reference);
      expect(m.to).toBe(row?.email);
      expect(m.templateId).toBe(TEMPLATE);
      expect(m.personalisation['subject']).toMatch(/A6 works/);
      expect(m.personalisation['body']).toMatch(/A6 works/);
      expect(m.personalisation['body']).not.toMatch(/<p>|<html/); // the plain text, not the HTML
    }
  });

  it('a worker SIGKILLed mid-send: another takes over; nothing lost, nothing sent twice', async () => {
    const { h, notify } = await notifyInstallation({ acceptDelayMs: 60 });
    const ids = [await register(h, consultation('County budget consultation')), await register(h, flooding)];
    const expected = (await rows(h.t, ids)).length;
    const first = await h.addWorker();
    await expectEventually(
      () => Promise.resolve(notify.sent.length),
      (n) => n >= 10,
      60_000,
    );
    await first.kill('SIGKILL');
    const atKill = notify.sent.length;
    expect(atKill).toBeLessThan(expected); // it really was mid-way
    await h.addWorker();
    await expectEachOnce(h, notify, ids);
    report('SIGKILL mid-send', expected, notify);
    const found = await h.t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'notification.sent' AND event_id = ANY($1)
          AND details->>'response' LIKE '%already had it%'`,
      [ids],
    );
    // How many the new worker found at Notify by reference instead of sending again (the kill's timing decides).
    process.stdout.write(
      `[notify] SIGKILL mid-send: found by reference after the kill ${found[0]?.n ?? 0}\n`,
    );
  });

  it('a timeout after Notify took the message: the look-up by reference finds it and nothing is sent again', async () => {
    const { h, notify } = await notifyInstallation({}, { NOTIFY_TIMEOUT_MS: '500' });
    notify.inject('accept-then-hang');
    const ids = [await register(h, flooding)];
    await h.addWorker();
    await expectEachOnce(h, notify, ids);
    const done = await rows(h.t, ids);
    report('timeout after acceptance', done.length, notify);
    // The row whose answer never came was tried again, and found.
    expect(done.some((r) => r.attempts >= 2)).toBe(true);
    const audit = await h.t.sql<{ details: { response?: string } }>(
      `SELECT details FROM audit_log WHERE action = 'notification.sent' AND event_id = ANY($1)`,
      [ids],
    );
    expect(audit.some((a) => /already had it/.test(a.details.response ?? ''))).toBe(true);
  });

  it('429 storms: every alert arrives, and none twice', async () => {
    const { h, notify } = await notifyInstallation({ bucket: { capacity: 4, perSecond: 8 } });
    const ids = [await register(h, consultation('Libraries strategy'))];
    const expected = (await rows(h.t, ids)).length;
    await h.addWorker();
    await h.addWorker();
    await expectEachOnce(h, notify, ids);
    report('429 storm', expected, notify);
    expect(notify.answers.get(429) ?? 0).toBeGreaterThan(0);
  });

  it('500s are retried: every alert arrives, none twice', async () => {
    const { h, notify } = await notifyInstallation();
    notify.inject('500', '500', '500');
    const ids = [await register(h, flooding)];
    await h.addWorker();
    await expectEachOnce(h, notify, ids);
    report('500s', (await rows(h.t, ids)).length, notify);
    expect(notify.answers.get(500)).toBe(3);
  });

  it('the daily limit: what Notify took is sent, the rest wait for midnight UTC in words, and Notify is not asked again meanwhile', async () => {
    const { h, notify } = await notifyInstallation({ dailyLimit: 2 });
    const ids = [await register(h, flooding)];
    await h.addWorker();
    const waiting = await expectEventually(
      () => rows(h.t, ids),
      (rs) =>
        rs.filter((r) => r.status === 'sent').length === 2 &&
        rs.some((r) => r.status === 'temporary-failure'),
      60_000,
    );
    expect(waiting.find((r) => r.status === 'temporary-failure')?.last_error).toBe(
      'GOV.UK Notify said: Exceeded send limits (2) for today (the daily limit: sending starts again after midnight UTC)',
    );
    // The sends already in flight meet the limit too; after them, nothing more is asked of Notify.
    await expectEventually(
      () => rows(h.t, ids),
      (rs) => rs.every((r) => r.status !== 'sending'),
      10_000,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const asked = notify.answers.get(429) ?? 0;
    await new Promise((r) => setTimeout(r, 4_000));
    expect(notify.answers.get(429) ?? 0).toBe(asked);
    expect((await rows(h.t, ids)).filter((r) => r.status === 'sent')).toHaveLength(2);
    expect(notify.sent).toHaveLength(2);
  });

  it('a 400 for one address is a permanent failure in words, with no retry; the rest are sent', async () => {
    const { h, notify } = await notifyInstallation();
    const ids = [
      await register(h, {
        kind: 'press_enquiry',
        title: 'Press asks about Oadby library',
        divisions: ['Oadby'],
      }),
    ];
    const planned = await rows(h.t, ids);
    const refused = planned[0];
    if (!refused || planned.length < 2) throw new Error('the enquiry should tell more than one member');
    notify.guestList = planned.filter((r) => r !== refused).map((r) => r.email);
    await h.addWorker();
    const done = await allFinal(h, ids);
    report('400 for one address', done.length - 1, notify);
    expect(done.find((r) => r.id === refused.id)).toMatchObject({
      status: 'permanent-failure',
      attempts: 1,
      last_error: "GOV.UK Notify said: Can't send to this recipient using a team-only API key",
    });
    expect(done.filter((r) => r.id !== refused.id).every((r) => r.status === 'sent')).toBe(true);
    expect(notify.byReference(refused.id)).toEqual([]);
    const page = await h.t.request('GET', `/events/${ids[0]}`, { key: KEYS.officer });
    const n = (page.body as { notifications: { recipient: { email: string }; status: string }[] })
      .notifications;
    expect(n.find((x) => x.recipient.email === refused.email)).toMatchObject({ status: 'permanent-failure' });
  });

  it('a revoked key: the alerts fail in words and the operator is alerted by the metrics and the log', async () => {
    const { h, notify } = await notifyInstallation();
    notify.revoke();
    const ids = [await register(h, flooding)];
    const w = await h.addWorker();
    const done = await allFinal(h, ids);
    expect(done.every((r) => r.status === 'technical-failure')).toBe(true);
    expect(done[0]?.last_error).toMatch(/API key is wrong or revoked/);
    expect(notify.sent).toEqual([]);
    const metrics = await (await fetch(new URL('/metrics', w.healthUrl()))).text();
    expect(metrics).toMatch(/member_alerts_channel_alerts_total\{alert="notify-key"\} [1-9]/);
    expect(w.output()).toMatch(/API KEY: no message can go through GOV.UK Notify/);
  });
});
