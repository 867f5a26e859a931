import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { NotifyStandIn } from '../../../tools/testing/notify-stand-in';
import { NO_TEXT_CHANNEL } from '../src/delivery/send-notification.usecase';
import { allFinal, register, startDelivery, type DeliveryHarness } from './support/delivery-harness';

// E-mail by the council's SMTP relay, texts by GOV.UK Notify (the loopback stand-in): a major
// incident (a kind the policy sends by text too) reaches a member with a mobile number both ways.
const SMS_TEMPLATE = randomUUID();
const MOBILE = '+447700900123';

let h: DeliveryHarness | undefined;
let notify: NotifyStandIn | undefined;
afterEach(async () => {
  await h?.close();
  await notify?.stop();
  h = undefined;
  notify = undefined;
});

const flooding = {
  kind: 'major_incident',
  title: 'Flooding at Sileby Mill',
  portfolio: 'Community Safety and Resilience',
  divisions: ['Sileby & The Wolds'],
};

interface Row {
  id: string;
  channel: string;
  status: string;
  mobile: string | null;
  email: string;
  last_error: string | null;
}

async function givenAMobile(harness: DeliveryHarness): Promise<void> {
  await harness.t.sql(`UPDATE members SET mobile = $1 WHERE name = 'Yasmin Peatling'`, [MOBILE]);
}

const rowsOf = (harness: DeliveryHarness, id: string) =>
  harness.t.sql<Row>(
    'SELECT id, channel, status, mobile, email, last_error FROM notifications WHERE event_id = $1',
    [id],
  );

describe('texts through GOV.UK Notify beside e-mail by SMTP', () => {
  it('sends the member a short text once, and the e-mail by the relay', async () => {
    notify = new NotifyStandIn({ templates: [{ id: SMS_TEMPLATE, type: 'sms', body: '((body))' }] });
    await notify.start();
    h = await startDelivery({
      worker: {
        SMS_CHANNEL: 'notify',
        NOTIFY_BASE_URL: notify.url,
        NOTIFY_API_KEY: notify.apiKey,
        NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
      },
    });
    await givenAMobile(h);
    const id = await register(h, flooding);
    await h.addWorker();
    const done = await allFinal(h, [id], 60_000);
    const rows = await rowsOf(h, id);
    const texts = rows.filter((r) => r.channel === 'sms');
    expect(texts).toHaveLength(1);
    expect(done.every((r) => r.status === 'sent')).toBe(true);

    // The text went to the number, once, through the SMS template, in a few lines with the link.
    expect(notify.sent).toHaveLength(1);
    const [text] = notify.sent;
    expect(text?.type).toBe('sms');
    expect(text?.to).toBe(MOBILE);
    expect(text?.reference).toBe(texts[0]?.id);
    expect(text?.templateId).toBe(SMS_TEMPLATE);
    expect(text?.personalisation['body']).toMatch(/Flooding at Sileby Mill/);
    expect(text?.personalisation['body']).toMatch(/\/events\//);
    expect(text?.personalisation['body']?.length).toBeLessThanOrEqual(459);

    // Every e-mail row arrived at the relay once; the text did not go as a second e-mail.
    const emails = rows.filter((r) => r.channel === 'email');
    expect(h.sink.counts().size).toBe(emails.length);
    expect(h.sink.duplicates()).toBe(0);
    expect([...h.sink.counts().keys()]).not.toContain(texts[0]?.id);
  });

  it('a receipt that arrives before the worker has marked the message sent is kept, and the send is still recorded', async () => {
    const TOKEN = 'the-council-callback-token-for-notify-0123456789';
    const EMAIL_TEMPLATE = randomUUID();
    let callback = '';
    const early: number[] = [];
    notify = new NotifyStandIn({
      templates: [{ id: EMAIL_TEMPLATE, type: 'email', subject: '((subject))', body: '((body))' }],
      // Notify delivers so fast that its receipt overtakes its own 201.
      beforeAnswer: async (stored) => {
        early.push(
          ...(await notify!.sendReceipts(callback, TOKEN, [notify!.receiptFor(stored, 'delivered')])),
        );
      },
    });
    await notify.start();
    h = await startDelivery({
      api: { NOTIFY_CALLBACK_TOKEN: TOKEN },
      worker: {
        SMTP_URL: '',
        EMAIL_CHANNEL: 'notify',
        NOTIFY_BASE_URL: notify.url,
        NOTIFY_API_KEY: notify.apiKey,
        NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
      },
    });
    callback = `${h.t.baseUrl}/notify/receipts`;
    const id = await register(h, {
      kind: 'road_works',
      title: 'A6 works',
      major: true,
      divisions: ['Quorn & Barrow'],
    });
    await h.addWorker();
    const done = await allFinal(h, [id], 60_000);
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(early.length).toBe(done.length);
    expect(early.every((status) => status === 200)).toBe(true);
    const stored = await h.t.sql<{
      id: string;
      status: string;
      delivery_status: string | null;
      message_id: string;
    }>('SELECT id, status, delivery_status, message_id FROM notifications WHERE event_id = $1', [id]);
    for (const r of stored) {
      expect(r).toMatchObject({ status: 'sent', delivery_status: 'delivered' });
      expect(r.message_id).toBe(notify.byReference(r.id)[0]?.id);
    }
    expect(notify.duplicates()).toEqual([]);
  });

  it('an installation without texts marks the text row, in words, and sends no second e-mail', async () => {
    h = await startDelivery();
    await givenAMobile(h);
    const id = await register(h, flooding);
    await h.addWorker();
    await allFinal(h, [id], 60_000);
    const rows = await rowsOf(h, id);
    const text = rows.find((r) => r.channel === 'sms');
    expect(text?.status).toBe('technical-failure');
    expect(text?.last_error).toBe(NO_TEXT_CHANNEL);
    expect(h.sink.counts().size).toBe(rows.filter((r) => r.channel === 'email').length);
    expect(h.sink.duplicates()).toBe(0);
  });
});
