import { londonDateOf, londonInstant, londonWallClock } from '../delivery/london-time.util';
import { BANK_HOLIDAYS } from './bank-holidays';

const holidays: ReadonlySet<string> = new Set(BANK_HOLIDAYS.dates);

/** "Bank holidays are known from 2024 to 2030", for errors about dates outside them. */
export const BANK_HOLIDAY_RANGE = `${BANK_HOLIDAYS.region} bank holidays are known from ${BANK_HOLIDAYS.firstYear} to ${BANK_HOLIDAYS.lastYear}`;

export function withinBankHolidays(year: number): boolean {
  return year >= BANK_HOLIDAYS.firstYear && year <= BANK_HOLIDAYS.lastYear;
}

/**
 * The same London time of day, `days` working days before `date`: weekends, bank holidays and the
 * council's closure days do not count. Undefined when the count would leave the bank-holiday data,
 * since a guess there could send a notice on the wrong day.
 */
export function workingDaysBefore(
  date: Date,
  days: number,
  closures: readonly string[] = [],
): Date | undefined {
  const closed = new Set(closures);
  const clock = londonWallClock(date).minutes;
  let left = days;
  for (let back = 1; back <= days * 7 + 30; back++) {
    const day = londonInstant(date, clock, -back);
    const w = londonWallClock(day);
    if (!withinBankHolidays(w.year)) return undefined;
    const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
    const key = londonDateOf(day);
    if (weekday === 0 || weekday === 6 || holidays.has(key) || closed.has(key)) continue;
    if (--left === 0) return day;
  }
  return undefined;
}
