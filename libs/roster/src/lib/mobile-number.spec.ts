import { describe, expect, it } from 'vitest';
import { mobileInWords, ukMobile } from './mobile-number';

describe('UK mobile numbers', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['0044 7700-900123', '+447700900123'],
    ['(07700) 900 123', '+447700900123'],
    [' 447700900123 ', '+447700900123'],
    ['07624 123456', '+447624123456'],
  ])('%s is stored as %s', (given, stored) => {
    expect(ukMobile(given)).toBe(stored);
  });

  it.each([
    ['a landline', '0116 305 0001'],
    ['too short', '07700 90012'],
    ['too long', '07700 9001234'],
    ['a personal number', '07000 123456'],
    ['a pager', '07600 123456'],
    ['abroad', '+33 6 12 34 56 78'],
    ['words', 'my mobile'],
    ['empty', ''],
  ])('%s is not a UK mobile', (_case, given) => {
    expect(ukMobile(given)).toBeUndefined();
  });

  it('is shown as people write it', () => {
    expect(mobileInWords('+447700900123')).toBe('07700 900123');
  });
});
