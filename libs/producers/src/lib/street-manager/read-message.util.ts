import { isRecord } from './sns-envelope.util';

export type ReadMessage =
  | { readonly kind: 'activity'; readonly ref: string | null; readonly eventType: string }
  | {
      readonly kind: 'permit';
      readonly ref: string;
      /** Upper case with underscores: the docs' own sample says "work-start" for WORK_START. */
      readonly eventType: string;
      readonly eventTime: string;
      readonly data: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'bad'; readonly ref: string | null; readonly problem: string };

export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function normaliseEventType(v: string): string {
  return v
    .trim()
    .toUpperCase()
    .replace(/[-\s]+/g, '_');
}

/** Reads the fields the mapping needs from a Street Manager message; any others are left alone. */
export function readMessage(message: unknown): ReadMessage {
  if (!isRecord(message)) return { kind: 'bad', ref: null, problem: 'the message is not a JSON object' };
  const data = message['object_data'];
  const objectType = text(message['object_type'])?.toUpperCase();
  const rawType = text(message['event_type']);
  const eventType = rawType === undefined ? undefined : normaliseEventType(rawType);
  if (!isRecord(data)) {
    return {
      kind: 'bad',
      ref: text(message['object_reference']) ?? null,
      problem: 'the message has no object_data',
    };
  }
  const activityRef = text(data['activity_reference_number']);
  if (objectType === 'ACTIVITY' || activityRef !== undefined || eventType?.startsWith('ACTIVITY')) {
    return {
      kind: 'activity',
      ref: activityRef ?? text(message['object_reference']) ?? null,
      eventType: eventType ?? '',
    };
  }
  const ref = text(data['work_reference_number']);
  if (ref === undefined) {
    return {
      kind: 'bad',
      ref: null,
      problem: 'the permit message names no works reference (work_reference_number)',
    };
  }
  if (eventType === undefined) return { kind: 'bad', ref, problem: 'the message has no event_type' };
  const time = text(message['event_time']);
  if (time === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(time) || Number.isNaN(Date.parse(time))) {
    return { kind: 'bad', ref, problem: 'the message has no event_time, or it is not a date and time' };
  }
  return { kind: 'permit', ref, eventType, eventTime: new Date(time).toISOString(), data };
}
