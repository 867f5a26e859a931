import type { SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../common/bad-input.error';

export const MAX_SEARCH = 200;

// Control characters have no place in a search, and PostgreSQL refuses the NUL character outright.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The words of a text search as an ILIKE pattern matching them anywhere, case aside: trimmed, with
 * `%`, `_` and `\` taken literally. Undefined when there is nothing to look for.
 */
export function searchPattern(q: string | undefined): string | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (text.length > MAX_SEARCH)
    throw new BadInputError(`the search must be at most ${MAX_SEARCH} characters`, [
      { field: 'q', message: `must be at most ${MAX_SEARCH} characters` },
    ]);
  if (CONTROL.test(text))
    throw new BadInputError('the search must be plain text, without control characters', [
      { field: 'q', message: 'must be plain text, without control characters' },
    ]);
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Title, description or venue contain the pattern. */
export function whereSearched<T extends object>(q: SelectQueryBuilder<T>, pattern: string): void {
  q.andWhere(
    `(e.title ILIKE :pattern ESCAPE '\\' OR e.payload ->> 'description' ILIKE :pattern ESCAPE '\\' OR e.payload ->> 'venue' ILIKE :pattern ESCAPE '\\')`,
    { pattern },
  );
}

// When the event itself happens: a meeting's or works' startsAt to endsAt, a consultation's opensAt
// to closesAt; one date alone is a moment. A date without a time ("2027-03-05") is the whole day
// on London's clock.
const START = `COALESCE(e.payload ->> 'startsAt', e.payload ->> 'opensAt')`;
const END = `COALESCE(e.payload ->> 'endsAt', e.payload ->> 'closesAt', ${START})`;
const asStart = (x: string) =>
  `(CASE WHEN length(${x}) = 10 THEN CAST(${x} AS timestamp) AT TIME ZONE 'Europe/London' ELSE CAST(${x} AS timestamptz) END)`;
const asEnd = (x: string) =>
  `(CASE WHEN length(${x}) = 10 THEN (CAST(${x} AS timestamp) + interval '1 day' - interval '1 millisecond') AT TIME ZONE 'Europe/London' ELSE CAST(${x} AS timestamptz) END)`;

/** The event happens, at least in part, between `from` and `to` (either may be open). */
export function whereHappens<T extends object>(
  q: SelectQueryBuilder<T>,
  from: string | undefined,
  to: string | undefined,
): void {
  if (!from && !to) return;
  q.andWhere(`${START} IS NOT NULL`);
  if (from) q.andWhere(`${asEnd(END)} >= :happensFrom`, { happensFrom: from });
  if (to) q.andWhere(`${asStart(START)} <= :happensTo`, { happensTo: to });
}
