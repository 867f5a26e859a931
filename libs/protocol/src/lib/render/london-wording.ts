// How a time reads to a councillor: the council's wall clock (BST in summer, GMT in winter), in words.

const ZONE = 'Europe/London';
const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const DAY_NO_YEAR = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// A date without a time ("2027-07-14") names a day, not midnight in some zone.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function instant(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(DATE_ONLY.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

// Intl puts a comma after the weekday ("Wednesday, 14 July 2027") in some versions; a letter reads without one.
const noComma = (s: string) => s.replace(',', '');

/** "Wednesday 14 July 2027"; undefined when the value is not a date. */
export function londonDay(iso: string | undefined, withYear = true): string | undefined {
  const d = instant(iso);
  return d ? noComma((withYear ? DAY : DAY_NO_YEAR).format(d)) : undefined;
}

/** "19:00" on London's clock; undefined for a date without a time. */
export function londonClock(iso: string | undefined): string | undefined {
  const d = instant(iso);
  return d && iso && !DATE_ONLY.test(iso) ? CLOCK.format(d) : undefined;
}

/** "Wednesday 14 July 2027, 19:00" or, for a date alone, "Wednesday 14 July 2027". */
export function londonMoment(iso: string | undefined): string | undefined {
  const day = londonDay(iso);
  const clock = londonClock(iso);
  return day && clock ? `${day}, ${clock}` : day;
}

/**
 * When something happens, in words: "Wednesday 14 July 2027, 19:00 to 21:00" on one day,
 * "Monday 1 March 2027 to Friday 5 March 2027" across days.
 */
export function whenInWords(start: string | undefined, end?: string): string | undefined {
  const from = londonMoment(start);
  if (!from) return undefined;
  const to = londonMoment(end);
  if (!to || to === from) return from;
  if (londonDay(start) === londonDay(end)) {
    const clock = londonClock(end);
    return clock ? `${from} to ${clock}` : from;
  }
  return `${from} to ${to}`;
}

/** "1 division", "3 members". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
