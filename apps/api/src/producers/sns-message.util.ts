// The HTTP/S message format of AWS SNS, and the string it signs ("Verifying the signatures of
// Amazon SNS messages" in the SNS developer guide).

// SNS messages are at most 256 KiB; JSON escaping in the envelope can double that.
export const SNS_MAX_BODY_BYTES = 1024 * 1024;

import { SNS_TYPES, type SnsKind } from '@member-alerts/producers';

export type SnsType = SnsKind;

export interface SnsMessage {
  readonly Type: SnsType;
  readonly MessageId: string;
  readonly TopicArn: string;
  readonly Message: string;
  readonly Timestamp: string;
  readonly SignatureVersion: '1' | '2';
  readonly Signature: string;
  readonly SigningCertURL: string;
  readonly Subject?: string;
  /** Confirmations only. */
  readonly Token?: string;
  readonly SubscribeURL?: string;
  /** Notifications only. */
  readonly UnsubscribeURL?: string;
}

// The fields signed, in the order signed: a notification's Subject only when it has one.
const NOTIFICATION_FIELDS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
const CONFIRMATION_FIELDS = [
  'Message',
  'MessageId',
  'SubscribeURL',
  'Timestamp',
  'Token',
  'TopicArn',
  'Type',
] as const;

/** "Name\nvalue\n" for each signed field present, in AWS's order. */
export function snsStringToSign(m: SnsMessage): string {
  const fields = m.Type === 'Notification' ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
  return fields
    .flatMap((f) => {
      const v = m[f];
      return v === undefined ? [] : [`${f}\n${v}\n`];
    })
    .join('');
}

export const SIGNATURE_ALGORITHM: Readonly<Record<SnsMessage['SignatureVersion'], string>> = {
  '1': 'RSA-SHA1',
  '2': 'RSA-SHA256',
};

const REQUIRED = ['MessageId', 'TopicArn', 'Message', 'Timestamp', 'Signature', 'SigningCertURL'] as const;

/** The SNS message in `value`, or what is wrong with it in plain words. */
export function readSnsMessage(value: unknown): SnsMessage | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'the message is not an Amazon SNS message';
  const v = value as Readonly<Record<string, unknown>>;
  const type = SNS_TYPES.find((t) => t === v['Type']);
  if (!type) return `the message type must be one of ${SNS_TYPES.join(', ')}`;
  const missing: string[] = REQUIRED.filter((f) => typeof v[f] !== 'string' || v[f] === '');
  if (type !== 'Notification') {
    for (const f of ['Token', 'SubscribeURL'] as const) if (typeof v[f] !== 'string') missing.push(f);
  }
  if (missing.length) return `the message lacks ${missing.join(', ')}`;
  const version = v['SignatureVersion'];
  if (version !== '1' && version !== '2') return 'the signature version must be 1 or 2';
  for (const f of ['Subject', 'UnsubscribeURL'] as const) {
    if (v[f] !== undefined && v[f] !== null && typeof v[f] !== 'string') return `${f} must be text`;
  }
  const str = (f: string): string => String(v[f]);
  const optional = (f: 'Subject' | 'UnsubscribeURL' | 'Token' | 'SubscribeURL') =>
    typeof v[f] === 'string' ? { [f]: v[f] } : {};
  return {
    Type: type,
    MessageId: str('MessageId'),
    TopicArn: str('TopicArn'),
    Message: str('Message'),
    Timestamp: str('Timestamp'),
    SignatureVersion: version,
    Signature: str('Signature'),
    SigningCertURL: str('SigningCertURL'),
    ...optional('Subject'),
    ...optional('Token'),
    ...optional('SubscribeURL'),
    ...optional('UnsubscribeURL'),
  };
}
