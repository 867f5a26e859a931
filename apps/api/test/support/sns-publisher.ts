import { execFileSync } from 'node:child_process';
import { createSign, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApi } from './test-api';

// Amazon SNS as its HTTP/S message format documents it: a certificate of its own (made with
// openssl), served from a loopback address the test configuration trusts, and the subscription
// confirmation address SNS gives in a SubscriptionConfirmation.

export const TOPIC_ARN = 'arn:aws:sns:eu-west-2:123456789012:street-manager-permits';
export const CERT_PATH = '/SimpleNotificationService-0123456789abcdef.pem';

export type SnsFields = Record<string, string>;

/** The contact works alerts name, as a council would configure it. */
export const STREET_MANAGER_CONTACT = {
  STREET_MANAGER_CONTACT_NAME: 'Highways Network Team',
  STREET_MANAGER_CONTACT_EMAIL: 'highways@leics.example',
};

/** The settings of an API that takes Leicestershire's (code 2480) works from this publisher. */
export const streetManagerSettings = (sns: Pick<SnsPublisher, 'prefix'>) => ({
  STREET_MANAGER_TOPIC_ARNS: TOPIC_ARN,
  STREET_MANAGER_SWA_CODES: '2480',
  STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: sns.prefix,
  ...STREET_MANAGER_CONTACT,
});

/** Posts to the endpoint as Amazon SNS does: JSON as text/plain, the message type in a header. */
export const postToStreetManager = (t: Pick<TestApi, 'request'>, fields: SnsFields) =>
  t.request('POST', '/producers/street-manager', {
    raw: JSON.stringify(fields),
    contentType: 'text/plain; charset=UTF-8',
    headers: { 'x-amz-sns-message-type': fields['Type'] ?? '' },
  });

export interface SnsPublisher {
  /** The prefix to give STREET_MANAGER_TRUSTED_CERT_URL_PREFIX. */
  readonly prefix: string;
  /** How many times each subscription token's confirmation address was fetched. */
  readonly confirmations: Map<string, number>;
  notification(
    message: unknown,
    opts?: { version?: '1' | '2'; subject?: string; topic?: string; id?: string },
  ): SnsFields;
  subscriptionConfirmation(opts?: { version?: '1' | '2'; subscribeUrl?: string }): SnsFields;
  /** Signs `fields` as SNS does, after any change a test makes. */
  sign(fields: SnsFields): SnsFields;
  close(): Promise<void>;
}

// The string SNS signs, from "Verifying the signatures of Amazon SNS messages": each field's name
// and value on lines of their own, in this order, a notification's Subject only when it has one.
const SIGNED: Record<string, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: [
    'Message',
    'MessageId',
    'SubscribeURL',
    'Timestamp',
    'Token',
    'TopicArn',
    'Type',
  ],
};

export async function startSnsPublisher(): Promise<SnsPublisher> {
  const dir = mkdtempSync(join(tmpdir(), 'sns-cert-'));
  const confirmations = new Map<string, number>();
  let certPem = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === CERT_PATH) {
      res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(certPem);
      return;
    }
    if (
      req.method === 'GET' &&
      url.pathname === '/' &&
      url.searchParams.get('Action') === 'ConfirmSubscription'
    ) {
      const token = url.searchParams.get('Token') ?? '';
      confirmations.set(token, (confirmations.get(token) ?? 0) + 1);
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(
          `<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>${TOPIC_ARN}:${randomUUID()}</SubscriptionArn></ConfirmSubscriptionResult></ConfirmSubscriptionResponse>`,
        );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const prefix = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    '/usr/bin/openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '2',
      '-subj',
      '/CN=sns.eu-west-2.amazonaws.com',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  certPem = readFileSync(certFile, 'utf8');
  const key = readFileSync(keyFile, 'utf8');

  const sign = (fields: SnsFields): SnsFields => {
    const type = fields['Type'] ?? '';
    const toSign = (SIGNED[type] ?? SIGNED['SubscriptionConfirmation'] ?? [])
      .filter((f) => fields[f] !== undefined)
      .map((f) => `${f}\n${fields[f]}\n`)
      .join('');
    const signer = createSign(fields['SignatureVersion'] === '1' ? 'RSA-SHA1' : 'RSA-SHA256');
    signer.update(toSign, 'utf8');
    return { ...fields, Signature: signer.sign(key, 'base64') };
  };

  return {
    prefix,
    confirmations,
    sign,
    notification(message, opts = {}) {
      return sign({
        Type: 'Notification',
        MessageId: opts.id ?? randomUUID(),
        TopicArn: opts.topic ?? TOPIC_ARN,
        ...(opts.subject !== undefined ? { Subject: opts.subject } : {}),
        Message: typeof message === 'string' ? message : JSON.stringify(message),
        Timestamp: new Date().toISOString(),
        SignatureVersion: opts.version ?? '1',
        Signature: '',
        SigningCertURL: `${prefix}${CERT_PATH.slice(1)}`,
        UnsubscribeURL: `${prefix}?Action=Unsubscribe&SubscriptionArn=${TOPIC_ARN}:${randomUUID()}`,
      });
    },
    subscriptionConfirmation(opts = {}) {
      const token = randomUUID().replace(/-/g, '').repeat(4);
      return sign({
        Type: 'SubscriptionConfirmation',
        MessageId: randomUUID(),
        Token: token,
        TopicArn: TOPIC_ARN,
        Message: `You have chosen to subscribe to the topic ${TOPIC_ARN}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
        SubscribeURL:
          opts.subscribeUrl ?? `${prefix}?Action=ConfirmSubscription&TopicArn=${TOPIC_ARN}&Token=${token}`,
        Timestamp: new Date().toISOString(),
        SignatureVersion: opts.version ?? '1',
        Signature: '',
        SigningCertURL: `${prefix}${CERT_PATH.slice(1)}`,
      });
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Street Manager permit notification, with the fields of the event notifier message schema:
 * major works with a road closure on London Road, Oadby (the fixture feed's line), next summer.
 */
export function permitMessage(
  overrides: {
    workRef?: string;
    eventType?: string;
    eventTime?: string;
    /** Fields of object_data to change or add. */
    data?: Record<string, string>;
  } = {},
) {
  const workRef = overrides.workRef ?? 'LK011WRK000123';
  return {
    event_reference: 528491,
    event_type: overrides.eventType ?? 'PERMIT_SUBMITTED',
    object_data: {
      work_reference_number: workRef,
      permit_reference_number: `${workRef}-01`,
      promoter_swa_code: '7374',
      promoter_organisation: 'Severn Trent Water',
      highway_authority: 'LEICESTERSHIRE COUNTY COUNCIL',
      works_location_coordinates: 'LINESTRING(461933.3 300748.0,462309.4 300474.6,462686.9 300090.1)',
      street_name: 'London Road',
      area_name: 'Oadby',
      work_category: 'Major',
      traffic_management_type: 'Road closure',
      proposed_start_date: '2027-07-14T00:00:00.000Z',
      proposed_end_date: '2027-07-28T00:00:00.000Z',
      proposed_start_time: '2027-07-14T08:00:00.000Z',
      proposed_end_time: '2027-07-28T17:00:00.000Z',
      work_status: 'Planned',
      usrn: '2700456',
      highway_authority_swa_code: '2480',
      work_category_ref: 'major',
      traffic_management_type_ref: 'road_closure',
      work_status_ref: 'planned',
      is_covid_19_response: 'false',
      works_location_type: 'Carriageway',
      ...overrides.data,
    },
    event_time: overrides.eventTime ?? '2027-05-02T09:15:00.000Z',
    object_type: 'PERMIT',
    object_reference: `${workRef}-01`,
    version: 1,
  };
}
