import { SNS_TYPES } from './street-manager.types';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type SnsKind = (typeof SNS_TYPES)[number];

export type Unwrapped =
  | { readonly ok: true; readonly sns?: SnsKind; readonly messageId?: string; readonly message: unknown }
  | { readonly ok: false; readonly sns?: SnsKind; readonly messageId?: string; readonly problem: string };

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads one input: an SNS message (its payload a JSON string in `Message`, or that payload already
 * parsed) or a bare Street Manager message, given as JSON text or already parsed.
 */
export function unwrapSns(input: unknown): Unwrapped {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parse(input);
    if (!parsed.ok) return { ok: false, problem: 'the line is not valid JSON' };
    value = parsed.value;
  }
  if (!isRecord(value)) return { ok: false, problem: 'the message is not a JSON object' };
  const type = value['Type'];
  if (type === undefined) return { ok: true, message: value };
  const sns = SNS_TYPES.find((k) => k === type);
  if (!sns)
    return { ok: false, problem: `${JSON.stringify(type).slice(0, 40)} is not a kind of SNS message` };
  const id = value['MessageId'];
  const messageId = typeof id === 'string' && id !== '' ? id : undefined;
  if (sns !== 'Notification') return { ok: true, sns, ...(messageId ? { messageId } : {}), message: value };
  const body = value['Message'];
  // A notification the API received keeps its Message parsed already: it is not parsed again.
  const parsed =
    typeof body === 'string'
      ? parse(body)
      : isRecord(body)
        ? { ok: true as const, value: body }
        : { ok: false as const };
  if (!parsed.ok) {
    return {
      ok: false,
      sns,
      ...(messageId ? { messageId } : {}),
      problem: "the notification's Message is not valid JSON",
    };
  }
  return { ok: true, sns, ...(messageId ? { messageId } : {}), message: parsed.value };
}

/**
 * A notification's Message, parsed once when it is received, with the works (or activity)
 * reference to list it by: `object_data.work_reference_number`, else `object_reference`. Not JSON:
 * kept as it came, for processing to say so.
 */
export function readSnsPayload(text: string): { readonly message: unknown; readonly ref: string | null } {
  const parsed = parse(text);
  if (!parsed.ok || !isRecord(parsed.value)) return { message: text, ref: null };
  const data = parsed.value['object_data'];
  const ref =
    (isRecord(data) ? data['work_reference_number'] : undefined) ?? parsed.value['object_reference'];
  return {
    message: parsed.value,
    ref: typeof ref === 'string' && ref.trim() ? ref.trim().slice(0, 100) : null,
  };
}
