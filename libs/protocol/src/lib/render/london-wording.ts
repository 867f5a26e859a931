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

/** A time of day as GOV.UK writes it: "14:19" is "2:19pm", "10:00" is "10am", then "midday" and "midnight". */
export function clockInWords(hhmm: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59) return undefined;
  if (minute === 0 && hour === 0) return 'midnight';
  if (minute === 0 && hour === 12) return 'midday';
  return `${hour % 12 || 12}${minute ? `:${m[2] ?? ''}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

/** "2:19pm" on London's clock; undefined for a date without a time. */
export function londonTime(iso: string | undefined): string | undefined {
  const clock = londonClock(iso);
  return clock && clockInWords(clock);
}

/** "Thursday 6 May 2027 at 2:19pm" or, for a date alone, "Thursday 6 May 2027": how the console says when. */
export function londonAt(iso: string | undefined, withYear = true): string | undefined {
  const day = londonDay(iso, withYear);
  const time = londonTime(iso);
  return day && time ? `${day} at ${time}` : day;
}

// From one moment to another: the day once when both fall on it, else each in full.
function span(
  start: string | undefined,
  end: string | undefined,
  moment: (iso: string | undefined) => string | undefined,
  clock: (iso: string | undefined) => string | undefined,
): string | undefined {
  const from = moment(start);
  if (!from) return undefined;
  const to = moment(end);
  if (!to || to === from) return from;
  if (londonDay(start) === londonDay(end)) {
    const [a, b] = [clock(start), clock(end)];
    return a && b ? `${londonDay(start) ?? ''}, ${a} to ${b}` : from;
  }
  return `${from} to ${to}`;
}

/**
 * When something happens, in words: "Wednesday 14 July 2027, 19:00 to 21:00" on one day,
 * "Monday 1 March 2027 to Friday 5 March 2027" across days.
 */
export function whenInWords(start: string | undefined, end?: string): string | undefined {
  return span(start, end, londonMoment, londonClock);
}

/**
 * The same as the console says it: "Wednesday 14 July 2027, 7pm to 9pm" on one day,
 * "Monday 1 March 2027 at 9am to Friday 5 March 2027 at 5pm" across days.
 */
export function spanInWords(start: string | undefined, end?: string): string | undefined {
  return span(start, end, londonAt, londonTime);
}

/** "1 division", "3 members". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
