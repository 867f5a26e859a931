import type { SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../common/bad-input.error';

export const MAX_SEARCH = 200;

// Control characters have no place in a search, and PostgreSQL refuses the NUL character outright.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The words of a text search, each as an ILIKE pattern matching it anywhere, case aside: split at
 * spaces, with `%`, `_` and `\` taken literally. Undefined when there is nothing to look for.
 */
export function searchPatterns(q: string | undefined): string[] | undefined {
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
  const words = [...new Set(text.toLowerCase().split(/\s+/))];
  return words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

// One text of the three places a word may be, so "library closure" finds "closure" in the title and
// "library" in the venue. The space between them keeps a word from running across two of them.
const SEARCHED = `concat_ws(' ', e.title, e.payload ->> 'description', e.payload ->> 'venue')`;

/**
 * Every word is in the title, description or venue, in any order: a person types the words they
 * remember, not the phrase as the event has it. ILIKE rather than full-text search, as it matches
 * parts of words ("flood" in "flooding") and works the same in the embedded PGlite.
 */
export function whereSearched<T extends object>(q: SelectQueryBuilder<T>, patterns: readonly string[]): void {
  patterns.forEach((pattern, i) => {
    q.andWhere(`${SEARCHED} ILIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: pattern });
  });
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
