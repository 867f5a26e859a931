import { describe, expect, it } from 'vitest';
import { defused, readCsv, undefused, unsafeText, withoutInvisibles } from './csv.util';

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

describe('cells a spreadsheet would run as formulas', () => {
  it.each([
    ['a formula', '=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['a plus', '+44 116 232 3232', "'+44 116 232 3232"],
    ['a minus', '-vacant-', "'-vacant-"],
    ['an at sign', '@cabinet', "'@cabinet"],
    ['ordinary text', 'Oadby', 'Oadby'],
    ['a quote already there, before text', "'t Hooft", "'t Hooft"],
  ])('writes %s so a spreadsheet shows it as text, and reads it back as it was', (_, cell, written) => {
    expect(defused(cell)).toBe(written);
    expect(undefused(written)).toBe(cell);
    const { table } = readCsv(`id,name\nm1,"${written.replace(/"/g, '""')}"\n`, ['id', 'name']);
    expect(table?.records[0]?.values['name']).toBe(cell);
  });
});
