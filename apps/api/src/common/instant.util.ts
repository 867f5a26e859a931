import { BadInputError } from './bad-input.error';

// The ISO 8601 forms PostgreSQL and Date.parse agree on: a day, or a day and a time with an offset.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

/** PostgreSQL reads offsets up to ±15:59 and has no year 0; beyond them it fails the query. */
const LONGEST_OFFSET_HOURS = 15;

function problem(v: string): string | undefined {
  const m = ISO.exec(v);
  if (!m) return 'must be an ISO 8601 date';
  if (Number(m[1]) < 1) return 'must be in the year 0001 or later';
  if (m[8] !== undefined && (Number(m[8]) > LONGEST_OFFSET_HOURS || Number(m[9]) > 59))
    return 'has a time-zone offset beyond ±15:59';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return 'is not a day of the calendar';
  if (Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59)
    return 'is not a time of day';
  return undefined;
}

/** A date or instant given in a query, checked before the database reads it; '' is not given. */
export function isoInstant(v: string | undefined, field: string): string | undefined {
  if (v === undefined || v === '') return undefined;
  const message = problem(v);
  if (message) throw new BadInputError(`${field} ${message}`, [{ field, message }]);
  return v;
}
