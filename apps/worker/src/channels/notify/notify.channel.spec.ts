import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message } from '@member-alerts/render';
import { afterEach, describe, expect, it } from 'vitest';
import { NotifyStandIn, notifyToken } from '../../../../../tools/testing/notify-stand-in';
import type { Channel } from '../channel';
import { notifyChannel } from './notify.channel';
import type { NotifyAlert } from './notify-failure.util';

const EMAIL_TEMPLATE = randomUUID();
const SMS_TEMPLATE = randomUUID();
const templates = [
  { id: EMAIL_TEMPLATE, type: 'email' as const, subject: '((subject))', body: '((body))' },
  { id: SMS_TEMPLATE, type: 'sms' as const, body: '((body))' },
];

function message(to: string, rowId = randomUUID()): Message {
  return {
    to: { name: 'Cllr Ann Quorn', address: to },
    subject: 'Road works: A6 Loughborough Road, Quorn',
    text: 'Major road works start on Monday 8 December.\nSee https://alerts.council.example/events/1',
    html: '<p>Major road works start on Monday 8 December.</p>',
    reference: `${rowId}.v1`,
    about: { notifications: [rowId] },
  };
}

let notify: NotifyStandIn | undefined;
afterEach(async () => {
  await notify?.stop();
  notify = undefined;
});

async function standIn(options: Partial<ConstructorParameters<typeof NotifyStandIn>[0]> = {}) {
  notify = new NotifyStandIn({ templates, ...options });
  await notify.start();
  return notify;
}

function channel(
  n: NotifyStandIn,
  kind: 'email' | 'sms' = 'email',
  alerts: NotifyAlert[] = [],
  timeoutMs = 2_000,
): Channel {
  return notifyChannel(
    kind,
    {
      baseUrl: n.url,
      apiKey: n.apiKey,
      templateId: kind === 'email' ? EMAIL_TEMPLATE : SMS_TEMPLATE,
      timeoutMs,
      rateLimitDelayMs: 1_000,
    },
    (a) => alerts.push(a),
  );
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('the send did not fail');
}

describe('e-mail and text messages through GOV.UK Notify', () => {
  it("sends an e-mail on the council's one template, with our subject and wording, referenced by the row", async () => {
    const n = await standIn();
    const m = message('ann.quorn@members.council.example');
    const accepted = await channel(n).send(m);
    expect(n.sent).toHaveLength(1);
    const got = n.sent[0];
    expect(got).toMatchObject({
      type: 'email',
      to: 'ann.quorn@members.council.example',
      templateId: EMAIL_TEMPLATE,
      personalisation: { subject: m.subject, body: m.text },
      reference: m.about.notifications?.[0],
    });
    expect(accepted.messageId).toBe(got?.id);
  });

  it('sends a text message to a mobile number with the short wording as its body', async () => {
    const n = await standIn();
    const m = {
      ...message('07700 900123'),
      text: 'Major incident: flooding, Sileby. Now. https://a.example/e/1',
    };
    await channel(n, 'sms').send(m);
    expect(n.sent[0]).toMatchObject({
      type: 'sms',
      to: '07700 900123',
      templateId: SMS_TEMPLATE,
      personalisation: { body: m.text },
      reference: m.about.notifications?.[0],
    });
  });

  it('after a timeout once Notify had taken the message, the next try finds it by reference and sends nothing more', async () => {
    const n = await standIn();
    const c = channel(n, 'email', [], 300);
    const m = message('ann.quorn@members.council.example');
    n.inject('accept-then-hang');
    const lost = await failure(c.send(m));
    const verdict = c.classify(lost);
    expect(verdict.verdict).toBe('retry');
    expect(verdict.reason).toMatch(/no answer in time/);
    const again = await c.send(m, { mayHaveGone: true });
    expect(n.sent).toHaveLength(1);
    expect(again.messageId).toBe(n.sent[0]?.id);
    expect(again.response).toMatch(/already had it/);
  });

  it('after a hang that stored nothing, the look-up finds nothing and the message goes once', async () => {
    const n = await standIn();
    const c = channel(n, 'email', [], 300);
    const m = message('ann.quorn@members.council.example');
    n.inject('hang');
    await failure(c.send(m));
    await c.send(m, { mayHaveGone: true });
    expect(n.sent).toHaveLength(1);
    expect(n.duplicates()).toEqual([]);
  });

  it('a 400 is a refusal for good, in Notify’s words', async () => {
    const n = await standIn();
    const c = channel(n);
    const e = await failure(c.send(message('not-an-address')));
    expect(c.classify(e)).toEqual({
      verdict: 'permanent',
      cause: 'refused',
      reason: 'GOV.UK Notify said: email_address Not a valid email address',
    });
  });

  it('a revoked key stops the message and raises the key alert; a wrong clock raises its own', async () => {
    const n = await standIn();
    const alerts: NotifyAlert[] = [];
    const c = channel(n, 'email', alerts);
    n.revoke();
    const revoked = c.classify(await failure(c.send(message('a@b.example'))));
    expect(revoked).toMatchObject({ verdict: 'permanent', cause: 'technical' });
    expect(revoked.reason).toMatch(/API key not found.*wrong or revoked/);
    const other = await standIn();
    other.skewClock(45);
    const c2 = channel(other, 'email', alerts);
    const clock = c2.classify(await failure(c2.send(message('a@b.example'))));
    expect(clock.reason).toMatch(/system clock must be accurate to within 30 seconds.*clock is wrong/);
    expect(alerts).toEqual(['key', 'clock']);
    await n.stop();
  });

  it('a rate limit pauses sending with a jittered, growing wait; the daily limit waits for midnight UTC', async () => {
    const n = await standIn({ bucket: { capacity: 1, perSecond: 0.001 } });
    const c = channel(n);
    await c.send(message('a@b.example'));
    const first = c.classify(await failure(c.send(message('a@b.example'))));
    const second = c.classify(await failure(c.send(message('a@b.example'))));
    expect(first.verdict).toBe('rate-limited');
    expect(first.reason).toMatch(/Exceeded rate limit/);
    if (first.verdict !== 'rate-limited' || second.verdict !== 'rate-limited')
      throw new Error('not rate-limited');
    expect(first.delayMs).toBeGreaterThanOrEqual(500);
    expect(first.delayMs).toBeLessThanOrEqual(1_000);
    expect(second.delayMs).toBeGreaterThanOrEqual(1_000);
    expect(second.delayMs).toBeLessThanOrEqual(2_000);

    const daily = await standIn({ dailyLimit: 1 });
    const d = channel(daily);
    await d.send(message('a@b.example'));
    const limit = d.classify(await failure(d.send(message('a@b.example'))));
    const now = new Date();
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime();
    expect(limit.reason).toMatch(/after midnight UTC/);
    if (limit.verdict !== 'rate-limited') throw new Error('not rate-limited');
    expect(Math.abs(limit.delayMs - midnight)).toBeLessThan(5_000);
    await n.stop();
  });

  it('a 500 is retried', async () => {
    const n = await standIn();
    const c = channel(n);
    n.inject('500');
    expect(c.classify(await failure(c.send(message('a@b.example'))))).toMatchObject({ verdict: 'retry' });
    await c.send(message('a@b.example'));
    expect(n.sent).toHaveLength(1);
  });
});

describe('the stand-in checks requests as Notify does', () => {
  async function post(n: NotifyStandIn, token: string, body: unknown) {
    const r = await fetch(`${n.url}/v2/notifications/email`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: await r.json() };
  }
  const valid = () => ({
    template_id: EMAIL_TEMPLATE,
    email_address: 'a@b.example',
    personalisation: { subject: 's', body: 'b' },
  });

  it('accepts HS256 only, from this service, signed with its secret, within 30 seconds', async () => {
    const n = await standIn();
    expect((await post(n, notifyToken(n.serviceId, n.secret), valid())).status).toBe(201);
    expect(await post(n, notifyToken(n.serviceId, n.secret, { alg: 'HS512' }), valid())).toEqual({
      status: 403,
      body: {
        status_code: 403,
        errors: [{ error: 'AuthError', message: 'Invalid token: algorithm used is not HS256' }],
      },
    });
    expect((await post(n, notifyToken(randomUUID(), n.secret), valid())).status).toBe(403);
    expect((await post(n, notifyToken(n.serviceId, randomUUID()), valid())).status).toBe(403);
    expect(
      (await post(n, notifyToken(n.serviceId, n.secret, { iatOffsetSeconds: -31 }), valid())).status,
    ).toBe(403);
    expect(
      (await post(n, notifyToken(n.serviceId, n.secret, { iatOffsetSeconds: 25 }), valid())).status,
    ).toBe(201);
  });

  it('refuses unknown keys and missing ones with a ValidationError in its error shape', async () => {
    const n = await standIn();
    const token = notifyToken(n.serviceId, n.secret);
    expect(await post(n, token, { ...valid(), priority: 'high' })).toEqual({
      status: 400,
      body: {
        status_code: 400,
        errors: [
          {
            error: 'ValidationError',
            message: 'Additional properties are not allowed (priority was unexpected)',
          },
        ],
      },
    });
    const missing = await post(n, token, { template_id: EMAIL_TEMPLATE });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('email_address is a required property');
    expect(n.sent).toHaveLength(0);
  });

  it('POSTs delivery receipts in the documented body with the bearer token, duplicates and out of order as told', async () => {
    const n = await standIn();
    await channel(n).send(message('ann.quorn@members.council.example'));
    const got: { auth: string | undefined; body: Record<string, unknown> }[] = [];
    const callback = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        got.push({ auth: req.headers.authorization, body: JSON.parse(raw) as Record<string, unknown> });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/notify/receipts`;
      const sent = n.sent[0];
      if (!sent) throw new Error('nothing sent');
      const delivered = n.receiptFor(sent, 'delivered');
      const tempFail = n.receiptFor(sent, 'temporary-failure', new Date(Date.now() - 60_000));
      expect(await n.sendReceipts(url, 'council-callback-token', [delivered, tempFail, delivered])).toEqual([
        204, 204, 204,
      ]);
      expect(got.map((g) => g.auth)).toEqual(Array(3).fill('Bearer council-callback-token'));
      expect(got.map((g) => g.body['status'])).toEqual(['delivered', 'temporary-failure', 'delivered']);
      expect(Object.keys(got[0]?.body ?? {}).sort()).toEqual([
        'completed_at',
        'created_at',
        'id',
        'notification_type',
        'reference',
        'sent_at',
        'status',
        'template_id',
        'template_version',
        'to',
      ]);
      expect(got[0]?.body).toMatchObject({
        id: sent.id,
        reference: sent.reference,
        to: sent.to,
        notification_type: 'email',
      });
    } finally {
      await new Promise((resolve) => callback.close(resolve));
    }
  });
});
