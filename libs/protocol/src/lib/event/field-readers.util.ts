import { unsafeText, withoutInvisibles } from '@member-alerts/roster';
import type { FieldError } from './alert-event.types';

export type RawEvent = Readonly<Record<string, unknown>>;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON `null` is treated as "not given", as an API client leaving a field empty means. */
function given(v: unknown): boolean {
  return v !== undefined && v !== null;
}

export interface TextOptions {
  readonly max: number;
  readonly required?: boolean;
  /** Allows line breaks (a description), while still refusing HTML. */
  readonly multiline?: boolean;
}

// Characters that would corrupt an e-mail header or a log line. A description keeps its line breaks.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_OR_TAB = /[\u0000-\u001f\u007f]/;
const HTML = /<\/?[a-z!?][^>]*>/i;

/** Checks a text value found in a field or list entry; returns the trimmed text, or undefined. */
export function checkText(
  v: unknown,
  field: string,
  errors: FieldError[],
  opts: TextOptions,
): string | undefined {
  if (!given(v)) {
    if (opts.required) errors.push({ field, message: 'is required' });
    return undefined;
  }
  if (typeof v !== 'string') {
    errors.push({ field, message: `must be text, not ${describeValue(v)}` });
    return undefined;
  }
  // A description keeps what it was given; a one-line field reaches e-mail subjects and lists.
  const s = (opts.multiline ? v : withoutInvisibles(v)).trim();
  if (s === '') {
    if (opts.required) errors.push({ field, message: 'is required, but is blank' });
    return undefined;
  }
  const problem = opts.multiline
    ? HTML.test(s)
      ? 'must be plain text, not HTML'
      : undefined
    : unsafeText(s);
  if (problem) errors.push({ field, message: problem });
  else if ((opts.multiline ? CONTROL : CONTROL_OR_TAB).test(s)) {
    errors.push({ field, message: 'must not contain control characters' });
  }
  if (s.length > opts.max) {
    errors.push({ field, message: `is too long: ${s.length} characters, at most ${opts.max}` });
  }
  return s;
}

export function readText(
  raw: RawEvent,
  field: string,
  errors: FieldError[],
  opts: TextOptions,
): string | undefined {
  return checkText(raw[field], field, errors, opts);
}

export function readFlag(raw: RawEvent, field: string, errors: FieldError[]): boolean | undefined {
  const v = raw[field];
  if (!given(v)) return undefined;
  if (typeof v !== 'boolean') {
    errors.push({ field, message: `must be true or false, not ${describeValue(v)}` });
    return undefined;
  }
  return v;
}

/** Reads a list, checking each entry as `field[i]`. Returns undefined when absent or not a list. */
export function readList<T>(
  raw: RawEvent,
  field: string,
  errors: FieldError[],
  max: number,
  each: (v: unknown, where: string) => T | undefined,
): T[] | undefined {
  const v = raw[field];
  if (!given(v)) return undefined;
  if (!Array.isArray(v)) {
    errors.push({ field, message: `must be a list, not ${describeValue(v)}` });
    return undefined;
  }
  if (v.length > max) {
    errors.push({ field, message: `has ${v.length} entries, at most ${max}` });
    return undefined;
  }
  const out: T[] = [];
  v.forEach((item: unknown, i) => {
    const value = each(item, `${field}[${i}]`);
    if (value !== undefined && !out.includes(value)) out.push(value);
  });
  return out;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const EXAMPLE = 'e.g. 2026-03-02 or 2026-03-02T09:30:00Z';

/** Reads an ISO 8601 date or date-time with a time zone; returns it as given. */
export function readDate(raw: RawEvent, field: string, errors: FieldError[]): string | undefined {
  const v = raw[field];
  if (!given(v)) return undefined;
  if (typeof v !== 'string') {
    errors.push({ field, message: `must be an ISO 8601 date, ${EXAMPLE}` });
    return undefined;
  }
  const s = v.trim();
  const m = ISO_DATE.exec(s);
  if (!m) {
    errors.push({ field, message: `"${s.slice(0, 40)}" is not an ISO 8601 date, ${EXAMPLE}` });
    return undefined;
  }
  const [, y, mo, d, h, mi, sec, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const timeOk = h === undefined || (Number(h) < 24 && Number(mi) < 60 && Number(sec ?? 0) < 60);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || !timeOk) {
    errors.push({ field, message: `"${s}" is not a real date or time` });
    return undefined;
  }
  if (h !== undefined && zone === undefined) {
    errors.push({ field, message: `"${s}" needs a time zone, e.g. ${s}Z or ${s}+01:00` });
    return undefined;
  }
  return s;
}

/** Milliseconds since the epoch for a date `readDate` accepted (a bare date is midnight UTC). */
export function timeOf(iso: string): number {
  return Date.parse(iso);
}

export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)?.slice(0, 40) ?? ''}`.trim();
}
