import { describe, expect, it } from 'vitest';
import { readSnsMessage, type SnsMessage, snsStringToSign } from './sns-message.util';
import { isTrustedCertUrl, isTrustedSnsUrl } from './sns-trust.util';

const BASE = {
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: 'arn:aws:sns:eu-west-2:123456789012:street-manager-permits',
  Message: '{"event_type":"PERMIT_GRANTED"}',
  Timestamp: '2026-06-02T09:15:01.000Z',
  SignatureVersion: '2',
  Signature: 'c2lnbmF0dXJl',
  SigningCertURL: 'https://sns.eu-west-2.amazonaws.com/SimpleNotificationService-0123.pem',
};

const read = (v: Record<string, unknown>) => readSnsMessage(v) as SnsMessage;

describe('the string Amazon SNS signs', () => {
  it('is a notification’s Message, MessageId, Subject, Timestamp, TopicArn and Type, each name and value on a line', () => {
    const m = read({ ...BASE, Type: 'Notification', Subject: 'Permit', UnsubscribeURL: 'https://x' });
    expect(snsStringToSign(m)).toBe(
      'Message\n{"event_type":"PERMIT_GRANTED"}\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\nSubject\nPermit\n' +
        'Timestamp\n2026-06-02T09:15:01.000Z\nTopicArn\narn:aws:sns:eu-west-2:123456789012:street-manager-permits\nType\nNotification\n',
    );
  });

  it('leaves out a Subject the notification does not have, or has as null', () => {
    for (const extra of [{}, { Subject: null }]) {
      expect(snsStringToSign(read({ ...BASE, Type: 'Notification', ...extra }))).not.toContain('Subject');
    }
  });

  it('is a confirmation’s Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn and Type', () => {
    const m = read({ ...BASE, Type: 'SubscriptionConfirmation', Token: 'tok', SubscribeURL: 'https://s' });
    expect(
      snsStringToSign(m)
        .split('\n')
        .filter((_, i) => i % 2 === 0),
    ).toEqual(['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type', '']);
  });

  it('needs the fields SNS always sends, and a signature version of 1 or 2', () => {
    expect(readSnsMessage({ ...BASE, Type: 'Notification', SignatureVersion: '3' })).toBe(
      'the signature version must be 1 or 2',
    );
    expect(readSnsMessage({ ...BASE, Type: 'SubscriptionConfirmation' })).toBe(
      'the message lacks Token, SubscribeURL',
    );
    expect(readSnsMessage({ Type: 'Other' })).toMatch(/^the message type must be one of Notification/);
  });
});

describe('addresses trusted to sign and to confirm', () => {
  it('are https on sns.<region>.amazonaws.com (or .com.cn) only', () => {
    expect(isTrustedCertUrl('https://sns.eu-west-2.amazonaws.com/SimpleNotificationService-1.pem')).toBe(
      true,
    );
    expect(isTrustedCertUrl('https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-1.pem')).toBe(
      true,
    );
    for (const url of [
      'http://sns.eu-west-2.amazonaws.com/SimpleNotificationService-1.pem',
      'https://sns.eu-west-2.amazonaws.com.evil.example/SimpleNotificationService-1.pem',
      'https://evilsns.eu-west-2.amazonaws.com/SimpleNotificationService-1.pem',
      'https://sns.eu-west-2.amazonaws.com:8443/SimpleNotificationService-1.pem',
      'https://user@sns.eu-west-2.amazonaws.com/SimpleNotificationService-1.pem',
      'https://sns.eu-west-2.amazonaws.com/not-a-certificate',
      'not a url',
    ])
      expect(isTrustedCertUrl(url), url).toBe(false);
  });

  it('include the prefix tests trust, and nothing that only begins like it', () => {
    const prefix = 'http://127.0.0.1:4000/';
    expect(isTrustedSnsUrl('http://127.0.0.1:4000/?Action=ConfirmSubscription', prefix)).toBe(true);
    expect(isTrustedSnsUrl('http://127.0.0.1:40001/?Action=ConfirmSubscription', prefix)).toBe(false);
    expect(isTrustedSnsUrl('http://127.0.0.1:4000/?Action=ConfirmSubscription')).toBe(false);
  });
});
