import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS } from './bank-holidays';
import { workingDaysBefore } from './working-days.util';

// An independent reckoning of the usual rules, to check the shipped list against.
function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return Date.UTC(y, month - 1, ((h + l - 7 * m + 114) % 31) + 1);
}
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const weekday = (t: number) => new Date(t).getUTCDay();
const monday = (y: number, month: number, last: boolean) => {
  let t = last ? Date.UTC(y, month + 1, 0) : Date.UTC(y, month, 1);
  while (weekday(t) !== 1) t += last ? -DAY : DAY;
  return t;
};
function byRule(y: number): string[] {
  let newYear = Date.UTC(y, 0, 1);
  while (weekday(newYear) === 0 || weekday(newYear) === 6) newYear += DAY;
  const easter = easterSunday(y);
  const christmas = Date.UTC(y, 11, 25);
  // Christmas on a Saturday moves to Monday and Boxing Day to Tuesday; on a Sunday, Christmas to Tuesday.
  const shift = { 5: [0, 3], 6: [2, 3], 0: [2, 1] }[weekday(christmas)] ?? [0, 1];
  return [
    iso(newYear),
    iso(easter - 2 * DAY),
    iso(easter + DAY),
    iso(monday(y, 4, false)),
    iso(monday(y, 4, true)),
    iso(monday(y, 7, true)),
    iso(christmas + (shift[0] ?? 0) * DAY),
    iso(christmas + (shift[1] ?? 1) * DAY),
  ];
}

describe('England and Wales bank holidays, as data', () => {
  it('are the dates GOV.UK publishes for 2024 to 2026', () => {
    expect(BANK_HOLIDAYS.dates.filter((d) => d.startsWith('2026'))).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(BANK_HOLIDAYS.dates.filter((d) => d.startsWith('2027'))).toContain('2027-12-27');
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])('follow the usual rules in %i', (year) => {
    expect(BANK_HOLIDAYS.dates.filter((d) => d.startsWith(String(year)))).toEqual(byRule(year));
  });

  it('state their range', () => {
    expect([BANK_HOLIDAYS.firstYear, BANK_HOLIDAYS.lastYear]).toEqual([2024, 2030]);
  });
});

describe('working days before a date (London time)', () => {
  it.each<[string, string, number, readonly string[], string | undefined]>([
    ['Friday to Thursday', '2026-03-20T12:00:00Z', 1, [], '2026-03-19T12:00:00.000Z'],
    ['Monday back over the weekend', '2026-03-23T12:00:00Z', 1, [], '2026-03-20T12:00:00.000Z'],
    ['over Easter 2026', '2026-04-07T09:00:00+01:00', 2, [], '2026-04-01T08:00:00.000Z'],
    ['over Christmas 2027, both days substituted', '2027-12-29T10:00:00Z', 1, [], '2027-12-24T10:00:00.000Z'],
    ["over the council's closure day", '2026-03-20T12:00:00Z', 1, ['2026-03-19'], '2026-03-18T12:00:00.000Z'],
    [
      'across the change to summer time, at the same London time',
      '2026-03-30T09:00:00+01:00',
      1,
      [],
      '2026-03-27T09:00:00.000Z',
    ],
    ['not past the end of the data', '2031-01-02T09:00:00Z', 1, [], undefined],
    ['not before its start', '2024-01-02T09:00:00Z', 2, [], undefined],
  ])('%s', (_name, date, days, closures, expected) => {
    expect(workingDaysBefore(new Date(date), days, closures)?.toISOString()).toEqual(expected);
  });
});
