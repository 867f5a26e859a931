import { describe, expect, it } from 'vitest';
import { isWaiting, placePositions } from './draft-view.util';

const shown = (text: string, places: { text: string }[]) =>
  placePositions(
    text,
    places.map((p) => ({ ...p, kind: 'place' as const, divisions: [] })),
  ).map((s) => [text.slice(s.start, s.end), s.place]);

describe('where the places found are named in a draft', () => {
  it.each([
    [
      'a postcode written without its space',
      'Near le25aa, by the park',
      [{ text: 'LE2 5AA' }],
      [['le25aa', 0]],
    ],
    [
      'every mention, in text order',
      'Oadby and then Oadby again',
      [{ text: 'Oadby' }],
      [
        ['Oadby', 0],
        ['Oadby', 0],
      ],
    ],
    ['whole words only', 'Broadbyway is not Oadby', [{ text: 'Oadby' }], [['Oadby', 0]]],
    [
      'the longer of two overlapping names',
      'In Oadby and Wigston today',
      [{ text: 'Oadby' }, { text: 'Oadby and Wigston' }],
      [['Oadby and Wigston', 1]],
    ],
    ['a name with signs in it', 'On St. Mary’s (Road)', [{ text: '(Road)' }], [['(Road)', 0]]],
  ])('finds %s', (_what, text, places, want) => {
    expect(shown(text, places)).toEqual(want);
  });
});

describe('a draft untouched for 3 working days', () => {
  // Tuesday 29 December 2026, 10:00 London: 25th and 28th are bank holidays.
  const now = new Date('2026-12-29T10:00:00Z');
  it.each([
    ['2026-12-22T10:00:00Z', true],
    ['2026-12-22T10:00:01Z', false],
    ['2026-12-23T09:00:00Z', false],
  ])('last touched %s: marked %s', (at, marked) => {
    expect(isWaiting({ status: 'open', updatedAt: new Date(at) }, now, undefined)).toBe(marked);
  });
  it('counts a closure day of the council as no working day', () => {
    const closures = { bankHolidays: 'england_and_wales' as const, closures: ['2026-12-24'] };
    expect(isWaiting({ status: 'open', updatedAt: new Date('2026-12-22T09:00:00Z') }, now, closures)).toBe(
      false,
    );
  });
  it('never marks a draft already decided', () => {
    expect(
      isWaiting({ status: 'confirmed', updatedAt: new Date('2026-01-01T00:00:00Z') }, now, undefined),
    ).toBe(false);
  });
});
