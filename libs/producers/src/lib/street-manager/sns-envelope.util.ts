import type { SnsKind } from './street-manager.types';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SNS_KINDS: readonly SnsKind[] = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];

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
 * Reads one input: an SNS message (its payload a JSON string in `Message`) or a bare Street
 * Manager message, given as JSON text or already parsed.
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
  const sns = SNS_KINDS.find((k) => k === type);
  if (!sns)
    return { ok: false, problem: `${JSON.stringify(type).slice(0, 40)} is not a kind of SNS message` };
  const id = value['MessageId'];
  const messageId = typeof id === 'string' && id !== '' ? id : undefined;
  if (sns !== 'Notification') return { ok: true, sns, ...(messageId ? { messageId } : {}), message: value };
  const body = value['Message'];
  const parsed = typeof body === 'string' ? parse(body) : { ok: false as const };
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
