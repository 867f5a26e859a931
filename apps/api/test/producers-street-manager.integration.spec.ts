import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProducerInboxService } from '../src/producers/producer-inbox.service';
import {
  permitMessage,
  postToStreetManager,
  STREET_MANAGER_CONTACT,
  type SnsFields,
  type SnsPublisher,
  startSnsPublisher,
  TOPIC_ARN,
} from './support/sns-publisher';
import { expectEventually, KEYS, startTestApi, type TestApi } from './support/test-api';

let sns: SnsPublisher;
let t: TestApi;
beforeAll(async () => {
  sns = await startSnsPublisher();
  t = await startTestApi({
    STREET_MANAGER_TOPIC_ARNS: `${TOPIC_ARN},arn:aws:sns:eu-west-2:123456789012:another-topic`,
    STREET_MANAGER_SWA_CODES: '2480',
    STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: sns.prefix,
    ...STREET_MANAGER_CONTACT,
  });
});
afterAll(async () => {
  await t?.close();
  await sns?.close();
});

const post = (fields: SnsFields) => postToStreetManager(t, fields);

interface Row {
  message_id: string;
  ref: string | null;
  outcome: string;
  reason: string | null;
  processed_at: Date | null;
}
const rowsFor = (messageId: string) =>
  t.sql<Row>(
    'SELECT message_id, ref, outcome, reason, processed_at FROM producer_messages WHERE message_id = $1',
    [messageId],
  );
const refusals = (messageId: string) =>
  t.sql<{ actor: string; reason: string }>(
    "SELECT actor, details->>'reason' AS reason FROM audit_log WHERE action = 'producer.refused' AND details->>'messageId' = $1",
    [messageId],
  );

describe('GET /producers/connections', () => {
  it('tells democratic services Street Manager is connected when its topics are set, and how to connect Citizen Space', async () => {
    const r = await t.request('GET', '/producers/connections', { key: KEYS.democraticServices });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      'street-manager': { connected: true, howToConnect: null },
      'citizen-space': { connected: false },
    });
    expect((r.body as { 'citizen-space': { howToConnect: string } })['citizen-space'].howToConnect).toContain(
      'CITIZEN_SPACE_URL',
    );
    const bare = await startTestApi();
    try {
      const none = await bare.request('GET', '/producers/connections', { key: KEYS.democraticServices });
      expect(none.body).toMatchObject({
        'street-manager': { connected: false },
        'citizen-space': { connected: false },
      });
      expect(JSON.stringify(none.body)).toContain('STREET_MANAGER_TOPIC_ARNS');
      const cs = await startTestApi({ CITIZEN_SPACE_URL: 'https://consult.leics.example' });
      try {
        const on = await cs.request('GET', '/producers/connections', { key: KEYS.democraticServices });
        expect(on.body).toMatchObject({ 'citizen-space': { connected: true, howToConnect: null } });
      } finally {
        await cs.close();
      }
    } finally {
      await bare.close();
    }
  });
});

describe('POST /producers/street-manager, the Amazon SNS endpoint', () => {
  it('keeps a notification signed with SignatureVersion 1 (SHA1withRSA) and processes it after answering', async () => {
    const n = sns.notification(permitMessage({ workRef: 'LK011WRK000101' }), { version: '1' });
    const r = await post(n);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ result: 'stored', message: 'Received' });
    const [row] = await expectEventually(
      () => rowsFor(n['MessageId'] ?? ''),
      (rows) => rows[0]?.processed_at != null,
    );
    expect(row).toMatchObject({
      ref: 'LK011WRK000101',
      outcome: 'alert',
      reason: 'Major works with road closure',
    });
  });

  it('keeps a notification with a Subject signed with SignatureVersion 2 (SHA256withRSA)', async () => {
    const n = sns.notification(permitMessage({ workRef: 'LK011WRK000102' }), {
      version: '2',
      subject: 'Street Manager permit notification',
    });
    const r = await post(n);
    expect(r.status, r.text).toBe(200);
    expect(await rowsFor(n['MessageId'] ?? '')).toHaveLength(1);
  });

  it('refuses a message whose text was changed after signing, with 403 and an audit line', async () => {
    const n = sns.notification(permitMessage({ workRef: 'LK011WRK000103' }), { version: '2' });
    const tampered = { ...n, Message: (n['Message'] ?? '').replace('London Road', 'Leicester Road') };
    const r = await post(tampered);
    expect(r.status).toBe(403);
    expect((r.body as { message: string }).message).toBe('refused: the signature does not match the message');
    expect(await rowsFor(n['MessageId'] ?? '')).toEqual([]);
    expect(await refusals(n['MessageId'] ?? '')).toEqual([
      { actor: 'street-manager', reason: 'the signature does not match the message' },
    ]);
  });

  it('refuses a signing certificate that is not on an Amazon SNS host, whatever its signature', async () => {
    for (const url of [
      'https://sns.eu-west-2.amazonaws.com.attacker.example/SimpleNotificationService-1.pem',
      'https://attacker.example/sns.eu-west-2.amazonaws.com/SimpleNotificationService-1.pem',
      'http://sns.eu-west-2.amazonaws.com/SimpleNotificationService-1.pem',
      // Loopback, but not under the prefix the tests trust.
      'http://127.0.0.1:1/SimpleNotificationService-1.pem',
    ]) {
      const n = sns.sign({ ...sns.notification(permitMessage()), SigningCertURL: url });
      const r = await post(n);
      expect(r.status, url).toBe(403);
      expect((r.body as { message: string }).message).toBe(
        'refused: the signing certificate is not on an Amazon SNS address',
      );
      expect(await refusals(n['MessageId'] ?? '')).toHaveLength(1);
    }
  });

  it('refuses a topic the council has not listed', async () => {
    const n = sns.notification(permitMessage(), {
      topic: 'arn:aws:sns:eu-west-2:123456789012:somebody-else',
    });
    const r = await post(n);
    expect(r.status).toBe(403);
    expect((r.body as { message: string }).message).toBe(
      'refused: the message comes from a topic this council does not accept',
    );
    expect(await refusals(n['MessageId'] ?? '')).toHaveLength(1);
  });

  it('confirms a subscription by fetching its SubscribeURL exactly once, and audits it', async () => {
    const c = sns.subscriptionConfirmation({ version: '2' });
    const r = await post(c);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ result: 'subscribed', message: 'The subscription is confirmed' });
    expect(sns.confirmations.get(c['Token'] ?? '')).toBe(1);
    const audited = await t.sql(
      "SELECT 1 FROM audit_log WHERE action = 'producer.subscribed' AND details->>'messageId' = $1",
      [c['MessageId']],
    );
    expect(audited).toHaveLength(1);
  });

  it('never fetches a SubscribeURL that is not Amazon SNS’s, even in a well-signed message', async () => {
    const c = sns.subscriptionConfirmation({
      subscribeUrl: 'https://attacker.example/?Action=ConfirmSubscription',
    });
    const r = await post(c);
    expect(r.status).toBe(403);
    expect(await refusals(c['MessageId'] ?? '')).toEqual([
      { actor: 'street-manager', reason: 'the subscription address is not on an Amazon SNS address' },
    ]);
  });

  it('answers a redelivery of the same MessageId as a duplicate, keeping one row', async () => {
    const n = sns.notification(permitMessage({ workRef: 'LK011WRK000104' }));
    expect((await post(n)).status).toBe(200);
    const again = await post(n);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ result: 'duplicate', message: 'Already received: nothing changed' });
    expect(await rowsFor(n['MessageId'] ?? '')).toHaveLength(1);
  });

  it('says plainly when the body is not an SNS message', async () => {
    const notJson = await t.request('POST', '/producers/street-manager', {
      raw: 'hello',
      contentType: 'text/plain',
    });
    expect(notJson.status).toBe(400);
    expect((notJson.body as { message: string }).message).toBe('the request body is not valid JSON');
    const notSns = await t.request('POST', '/producers/street-manager', {
      raw: '{"Type":"Notification"}',
      contentType: 'text/plain',
    });
    expect(notSns.status).toBe(400);
    expect((notSns.body as { message: string }).message).toMatch(/^the message lacks MessageId, TopicArn/);
  });

  it('refuses a body larger than an SNS message can be, with 413', async () => {
    const n = sns.notification('x'.repeat(1024 * 1024));
    const r = await post(n);
    expect(r.status).toBe(413);
    expect(await rowsFor(n['MessageId'] ?? '')).toEqual([]);
  });

  it('picks up a message a process stored but never processed', async () => {
    const n = sns.notification(permitMessage({ workRef: 'LK011WRK000105' }));
    const [council] = await t.sql<{ id: string }>('SELECT id FROM councils LIMIT 1');
    await t.sql(
      `INSERT INTO producer_messages (council_id, source, message_id, message, ref, received_at)
       VALUES ($1, 'street-manager', $2, $3, 'LK011WRK000105', now() - interval '5 minutes')`,
      [council?.id, n['MessageId'], JSON.stringify(n)],
    );
    await t.api.app.get(ProducerInboxService).pickUp();
    const [row] = await rowsFor(n['MessageId'] ?? '');
    expect(row?.outcome).toBe('alert');
    expect(row?.processed_at).not.toBeNull();
    expect(await t.sql("SELECT 1 FROM events WHERE source_ref = 'LK011WRK000105'")).toHaveLength(1);
  });
});

describe('GET /producers/messages', () => {
  interface Listed {
    total: number;
    messages: {
      source: string;
      ref: string | null;
      outcome: string;
      reason: string | null;
      receivedAt: string;
    }[];
  }
  it('lists recent messages for democratic services, filtered by source, outcome and reference', async () => {
    const n = sns.notification(permitMessage({ workRef: 'LK011WRK009999' }));
    expect((await post(n)).status).toBe(200);
    await expectEventually(
      () => rowsFor(n['MessageId'] ?? ''),
      (rows) => rows[0]?.outcome === 'alert',
    );
    const r = await t.request('GET', '/producers/messages?source=street-manager&outcome=alert&q=wrk009999', {
      key: KEYS.democraticServices,
    });
    expect(r.status, r.text).toBe(200);
    const body = r.body as Listed;
    expect(body.total).toBe(1);
    expect(body.messages[0]).toMatchObject({
      source: 'street-manager',
      ref: 'LK011WRK009999',
      outcome: 'alert',
      reason: 'Major works with road closure',
    });
    const none = await t.request('GET', '/producers/messages?source=citizen-space&q=WRK009999', {
      key: KEYS.democraticServices,
    });
    expect((none.body as Listed).total).toBe(0);
    const all = (await t.request('GET', '/producers/messages', { key: KEYS.democraticServices }))
      .body as Listed;
    expect(all.total).toBeGreaterThanOrEqual(5);
  });

  it('names a filter value it does not know', async () => {
    const r = await t.request('GET', '/producers/messages?outcome=lost', { key: KEYS.democraticServices });
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/^outcome must be one of pending, received/);
  });

  it('is for democratic services only', async () => {
    for (const key of [KEYS.officer, KEYS.member, KEYS.leader]) {
      expect((await t.request('GET', '/producers/messages', { key })).status).toBe(403);
    }
  });
});

// Runs last: every refusal in this file comes from the same loopback address, within one window.
describe('refusals from one address', () => {
  it('are each answered 403, but write at most 20 audit lines a window, the last saying so', async () => {
    // An attack run's 400 refused messages wrote 400 audit rows, kept for ever.
    for (let i = 0; i < 40; i++) {
      const n = sns.notification(permitMessage({ workRef: `LK011WRK0${String(7000 + i)}` }), {
        version: '2',
      });
      const r = await post({ ...n, Message: `${n['Message'] ?? ''} ` });
      expect(r.status).toBe(403);
    }
    const rows = await t.sql<{ last: string | null }>(
      "SELECT details->>'furtherRefusalsNotAudited' AS last FROM audit_log WHERE action = 'producer.refused' ORDER BY id",
    );
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.last)).toEqual([...Array<null>(19).fill(null), 'true']);
  });
});
