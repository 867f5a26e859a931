import { describe, expect, it } from 'vitest';
import { BadInputError } from '../common/bad-input.error';
import { lastFullQuarter, reportPeriod } from './report-period.util';

describe('the last full quarter, London time', () => {
  it.each([
    ['2026-12-07T12:00:00Z', '2026-07-01', '2026-09-30'],
    ['2026-10-01T00:30:00Z', '2026-07-01', '2026-09-30'],
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (summer time): the first quarter has ended.
    ['2026-03-31T23:30:00Z', '2026-01-01', '2026-03-31'],
    ['2026-03-31T22:30:00Z', '2025-10-01', '2025-12-31'],
    ['2027-01-01T00:00:00Z', '2026-10-01', '2026-12-31'],
    ['2026-05-15T12:00:00Z', '2026-01-01', '2026-03-31'],
  ])('on %s is %s to %s', (now, from, to) => {
    expect(lastFullQuarter(new Date(now))).toEqual({ from, to });
  });
});

describe('the period a query asks for', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it.each([
    [{}, { from: '2026-07-01', to: '2026-09-30' }],
    [{ from: '2026-11-01' }, { from: '2026-11-01', to: '2026-12-07' }],
    [{ to: '2026-09-30' }, { from: '2026-07-01', to: '2026-09-30' }],
    [
      { from: '2021-12-08', to: '2026-12-07' },
      { from: '2021-12-08', to: '2026-12-07' },
    ],
    [
      { from: '2026-03-01', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-03-01' },
    ],
  ])('%j is %j', (q, period) => {
    expect(reportPeriod(q, now)).toEqual(period);
  });

  it.each([
    [{ from: '2026-09-30', to: '2026-07-01' }, /runs backwards: it starts on Wednesday 30 September 2026/],
    [{ from: '2021-12-07', to: '2026-12-07' }, /longer than 5 years/],
    [{ from: '2026-13-01' }, /from must be an ISO 8601 date|from is not a day/],
    [{ to: 'last week' }, /to must be an ISO 8601 date/],
    [{ from: '2026-07-01T00:00:00Z' }, /from must be a day, written YYYY-MM-DD/],
  ])('%j is refused in words', (q, message) => {
    expect(() => reportPeriod(q, now)).toThrow(BadInputError);
    expect(() => reportPeriod(q, now)).toThrow(message);
  });
});
