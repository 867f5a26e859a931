import { londonDay } from '@member-alerts/protocol';
import { BadInputError } from '../common/bad-input.error';
import { isoInstant } from '../common/instant.util';

/** A report's period: London days, both ends included. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** A committee reviews a protocol over years, but not over decades: longer ranges are a slip. */
export const LONGEST_PERIOD_YEARS = 5;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const londonToday = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/** The last quarter (January–March, April–June, …) that has ended by today, London time. */
export function lastFullQuarter(now: Date): ReportPeriod {
  const [y, m] = londonToday(now).split('-').map(Number) as [number, number];
  const thisQuarter = Math.floor((m - 1) / 3) * 3;
  return { from: iso(y, thisQuarter - 3, 1), to: iso(y, thisQuarter, 0) };
}

function day(v: string | undefined, field: 'from' | 'to'): string | undefined {
  const checked = isoInstant(v, field);
  if (checked !== undefined && !DAY.test(checked)) {
    const message = 'must be a day, written YYYY-MM-DD (for example 2026-07-01)';
    throw new BadInputError(`${field} ${message}`, [{ field, message }]);
  }
  return checked;
}

const words = (d: string) => londonDay(`${d}T12:00:00Z`) ?? d;

/**
 * The period a query asks for. Neither end: the last full quarter. Only `from`: up to today.
 * Only `to`: the three months before it. A reversed period, or one over five years, is refused.
 */
export function reportPeriod(q: { from?: string; to?: string }, now: Date): ReportPeriod {
  const from = day(q.from, 'from');
  const to = day(q.to, 'to');
  if (from === undefined && to === undefined) return lastFullQuarter(now);
  const end = to ?? londonToday(now);
  const [ty, tm, td] = end.split('-').map(Number) as [number, number, number];
  const start = from ?? iso(ty, tm - 4, td + 1);
  if (start > end) {
    throw new BadInputError(
      `The period runs backwards: it starts on ${words(start)}, after it ends on ${words(end)}. Give the earlier day as from.`,
      [{ field: 'from', message: `is after to (${words(end)})` }],
    );
  }
  const [fy, fm, fd] = start.split('-').map(Number) as [number, number, number];
  if (iso(fy + LONGEST_PERIOD_YEARS, fm - 1, fd) <= end) {
    throw new BadInputError(
      `The period from ${words(start)} to ${words(end)} is longer than ${LONGEST_PERIOD_YEARS} years. Ask for ${LONGEST_PERIOD_YEARS} years or less.`,
      [{ field: 'to', message: `is ${LONGEST_PERIOD_YEARS} years or more after from` }],
    );
  }
  return { from: start, to: end };
}

export const periodInWords = (p: ReportPeriod) => `${words(p.from)} to ${words(p.to)}`;
