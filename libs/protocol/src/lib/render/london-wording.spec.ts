import { describe, expect, it } from 'vitest';
import { WORDS } from '../../test/plan.fixture';
import { describeChanges } from './describe-changes';
import { clockInWords, londonAt, londonMoment, plural, spanInWords, whenInWords } from './london-wording';

describe('whenInWords: London time, in words, across BST and GMT', () => {
  it.each([
    [
      'summer (BST), one day',
      '2027-07-14T18:00:00Z',
      '2027-07-14T20:00:00Z',
      'Wednesday 14 July 2027, 19:00 to 21:00',
    ],
    [
      'winter (GMT), one day',
      '2026-12-12T10:30:00.000Z',
      '2026-12-12T12:00:00Z',
      'Saturday 12 December 2026, 10:30 to 12:00',
    ],
    ['no end', '2027-07-14T18:00:00Z', undefined, 'Wednesday 14 July 2027, 19:00'],
    [
      'across days',
      '2027-03-01T09:00:00Z',
      '2027-03-05T17:00:00Z',
      'Monday 1 March 2027, 09:00 to Friday 5 March 2027, 17:00',
    ],
    ['dates without times', '2027-03-01', '2027-03-05', 'Monday 1 March 2027 to Friday 5 March 2027'],
    ['a date alone', '2027-07-14', undefined, 'Wednesday 14 July 2027'],
    ['an offset, not Z', '2027-07-14T19:00:00+01:00', undefined, 'Wednesday 14 July 2027, 19:00'],
    [
      'the night the clocks go forward',
      '2027-03-28T00:30:00Z',
      '2027-03-28T01:30:00Z',
      'Sunday 28 March 2027, 00:30 to 02:30',
    ],
    [
      'the night the clocks go back',
      '2027-10-31T00:30:00Z',
      '2027-10-31T02:30:00Z',
      'Sunday 31 October 2027, 01:30 to 02:30',
    ],
    [
      'late evening in BST is the next day in London',
      '2027-07-14T23:30:00Z',
      undefined,
      'Thursday 15 July 2027, 00:30',
    ],
  ])('%s', (_case, start, end, words) => {
    expect(whenInWords(start, end)).toBe(words);
  });

  it('says nothing for a missing or broken date', () => {
    expect(whenInWords(undefined)).toBeUndefined();
    expect(londonMoment('not a date')).toBeUndefined();
  });
});

describe("the console's times: GOV.UK style, London time, in words", () => {
  it.each([
    ['00:00', 'midnight'],
    ['00:05', '12:05am'],
    ['07:30', '7:30am'],
    ['10:00', '10am'],
    ['12:00', 'midday'],
    ['12:45', '12:45pm'],
    ['14:19', '2:19pm'],
    ['23:59', '11:59pm'],
    ['24:00', undefined],
    ['soon', undefined],
  ])('%s is %s', (clock, words) => {
    expect(clockInWords(clock)).toBe(words);
  });

  it.each([
    ['an afternoon in BST', '2027-05-06T13:19:00Z', 'Thursday 6 May 2027 at 2:19pm'],
    ['a morning in GMT', '2026-12-03T09:14:00.000Z', 'Thursday 3 December 2026 at 9:14am'],
    ['midday', '2027-05-06T11:00:00Z', 'Thursday 6 May 2027 at midday'],
    ['midnight starts the day', '2027-05-06T23:00:00Z', 'Friday 7 May 2027 at midnight'],
    ['a date alone', '2027-05-06', 'Thursday 6 May 2027'],
  ])('%s', (_case, iso, words) => {
    expect(londonAt(iso)).toBe(words);
  });

  it.each([
    ['one day', '2027-07-14T18:00:00Z', '2027-07-14T20:30:00Z', 'Wednesday 14 July 2027, 7pm to 9:30pm'],
    ['no end', '2027-07-14T18:00:00Z', undefined, 'Wednesday 14 July 2027 at 7pm'],
    [
      'across days',
      '2027-03-01T09:00:00Z',
      '2027-03-05T17:00:00Z',
      'Monday 1 March 2027 at 9am to Friday 5 March 2027 at 5pm',
    ],
    ['dates without times', '2027-03-01', '2027-03-05', 'Monday 1 March 2027 to Friday 5 March 2027'],
  ])('%s', (_case, start, end, words) => {
    expect(spanInWords(start, end)).toBe(words);
  });
});

describe('plural', () => {
  it.each([
    [0, 'member', '0 members'],
    [1, 'member', '1 member'],
    [2, 'person', '2 people'],
    [1, 'person', '1 person'],
  ])('%i %s', (n, one, words) => {
    expect(plural(n, one, one === 'person' ? 'people' : undefined)).toBe(words);
  });
});

describe('describeChanges: what changed, in words', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    [
      'a start moved on the same day (BST)',
      { startsAt: '2027-07-14T18:00:00Z' },
      { startsAt: '2027-07-14T18:30:00.000Z' },
      ['The start moved from 19:00 to 19:30 on Wednesday 14 July.'],
    ],
    [
      'a start moved on the same day (GMT)',
      { startsAt: '2026-12-12T10:30:00.000Z' },
      { startsAt: '2026-12-12T11:00:00Z' },
      ['The start moved from 10:30 to 11:00 on Saturday 12 December.'],
    ],
    [
      'a start moved to another day',
      { startsAt: '2027-07-14T18:00:00Z' },
      { startsAt: '2027-07-21T18:00:00Z' },
      ['The start moved from Wednesday 14 July 2027, 19:00 to Wednesday 21 July 2027, 19:00.'],
    ],
    [
      'an end added',
      {},
      { endsAt: '2027-07-14T20:00:00Z' },
      ['The end is now Wednesday 14 July 2027, 21:00.'],
    ],
    ['an end removed', { endsAt: '2027-07-14T20:00:00Z' }, {}, ['The end was removed.']],
    ['a new title', { title: 'A' }, { title: 'B' }, ['The title is now "B" (it was "A").']],
    ['a new venue', {}, { venue: 'Oadby Library' }, ['The venue is now "Oadby Library".']],
    [
      'a new contact',
      {},
      { contact: { name: 'Raj Patel', email: 'r@x' } },
      ['Please now contact Raj Patel.'],
    ],
    ['countywide', {}, { countywide: true }, ['It now affects the whole county.']],
    ['a flag set', { major: false }, { major: true }, ['It is now marked as major.']],
    ['a flag absent then false', {}, { major: false }, []],
    [
      'the same',
      { title: 'A', startsAt: '2027-07-14T18:00:00Z' },
      { title: 'A', startsAt: '2027-07-14T18:00:00Z' },
      [],
    ],
  ])('%s', (_case, before, after, words) => {
    expect(describeChanges(before, after, WORDS)).toEqual(words);
  });

  it('never names a field or shows an ISO timestamp', () => {
    const before = {
      startsAt: '2026-12-12T10:30:00.000Z',
      endsAt: '2026-12-12T11:30:00Z',
      respondBy: '2026-12-10T12:00:00Z',
    };
    const after = {
      startsAt: '2026-12-19T10:30:00.000Z',
      endsAt: '2026-12-19T11:30:00Z',
      respondBy: '2026-12-11T12:00:00Z',
      divisions: ['Oadby'],
    };
    const words = describeChanges(before, after, WORDS).join(' ');
    expect(words).not.toMatch(/\d{4}-\d\d-\d\dT|startsAt|endsAt|respondBy/);
  });
});
