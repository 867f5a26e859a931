import { describe, expect, it } from 'vitest';
import { unsafeText, withoutInvisibles } from './csv.util';

describe('invisible formatting characters', () => {
  it.each([
    ['a right-to-left override', 'Library \u202ehours', 'Library hours'],
    ['an isolate and its end', '\u2067Oadby\u2069', 'Oadby'],
    ['left-to-right and right-to-left marks', '\u200eAnn\u200f', 'Ann'],
    ['zero-width space, joiners and word joiner', 'A\u200bn\u200cn\u200d\u2060', 'Ann'],
    ['a byte-order mark', '\ufeffAnn', 'Ann'],
    ['an Arabic letter mark', 'Ann\u061c', 'Ann'],
  ])('strips %s', (_, given, left) => {
    expect(withoutInvisibles(given)).toBe(left);
    expect(unsafeText(given)).toMatch(/invisible/);
    expect(unsafeText(left)).toBeUndefined();
  });

  it('keeps ordinary text, accents and other scripts as they are', () => {
    for (const s of ['Zoë Brontë-Smith', 'محمد علي', '李小龍', 'Ashby de la Zouch & Ravenstone'])
      expect(withoutInvisibles(s)).toBe(s);
  });
});
