import { describe, expect, it } from 'vitest';
import { readSnsPayload, unwrapSns } from './sns-envelope.util';

const inner = {
  event_type: 'PERMIT_GRANTED',
  object_reference: 'LE0099-01',
  object_data: { work_reference_number: ' LE0099 ' },
};
const envelope = (Message: unknown) => ({ Type: 'Notification', MessageId: 'm-1', Message });

describe('a notification read once when it is received', () => {
  it('keeps the Message parsed, listed by its works reference', () => {
    expect(readSnsPayload(JSON.stringify(inner))).toEqual({ message: inner, ref: 'LE0099' });
  });

  it('lists an activity by its object reference, and keeps a Message that is not JSON as it came', () => {
    const activity = { event_type: 'ACTIVITY_CREATED', object_reference: 'ACT-7', object_data: {} };
    expect(readSnsPayload(JSON.stringify(activity)).ref).toBe('ACT-7');
    expect(readSnsPayload('not json')).toEqual({ message: 'not json', ref: null });
  });

  it('is mapped from the Message kept parsed exactly as from the Message as SNS sent it', () => {
    const kept = envelope(readSnsPayload(JSON.stringify(inner)).message);
    expect(unwrapSns(kept)).toEqual(unwrapSns(envelope(JSON.stringify(inner))));
    expect(unwrapSns(kept)).toEqual({ ok: true, sns: 'Notification', messageId: 'm-1', message: inner });
  });

  it("still says when a notification's Message is not JSON", () => {
    expect(unwrapSns(envelope('not json'))).toMatchObject({
      ok: false,
      problem: "the notification's Message is not valid JSON",
    });
  });
});
