import fc from 'fast-check';
import { createEvent } from 'ics';
import { describe, expect, it } from 'vitest';
import { isEmail } from './email-address';

/** Whether the worker's calendar library would put `email` in an invitation, as it does the contact. */
function icsAccepts(email: string): boolean {
  const { error } = createEvent({
    start: [2027, 3, 5, 9, 0],
    duration: { hours: 1 },
    title: 'Library opening hours',
    organizer: { name: 'Jo Bloggs', email },
  });
  return !error;
}

describe('isEmail', () => {
  it.each([
    'eve@leics.example',
    'Jo.Bloggs@leics.gov.uk',
    "o'neil+alerts@council.example",
    'a@b.co',
    'x_y-z@sub-domain.leics.example',
    'eve@xn--80ak6aa92e.xn--p1ai',
    `${'a'.repeat(64)}@leics.example`,
  ])('accepts %s, and so does the calendar library', (email) => {
    expect(isEmail(email)).toBe(true);
    expect(icsAccepts(email)).toBe(true);
  });

  it.each([
    // What an attack run stored, each of which then failed every invitation of its event.
    'eve@leics..example',
    'eve@-leics.example',
    'eve@leics-.example',
    'eve@leics.example?subject=x',
    'eve@leics.example#x',
    // Not one address, or not one the product can send to.
    '',
    'eve',
    'eve@',
    '@leics.example',
    'eve@localhost',
    'eve@leics.example.',
    'eve@192.168.0.1',
    'eve@[192.168.0.1]',
    '.eve@leics.example',
    'eve.@leics.example',
    'e..ve@leics.example',
    'eve@@leics.example',
    'eve smith@leics.example',
    ' eve@leics.example',
    'eve@leics.example ',
    '"eve"@leics.example',
    'eve@leics.example, bob@leics.example',
    'Eve <eve@leics.example>',
    'eve@leics.example\r\nBcc: x@evil.example',
    'josé@leics.example',
    'eve@léics.example',
    `${'a'.repeat(65)}@leics.example`,
    `eve@${'a'.repeat(64)}.example`,
    `eve@${'a.'.repeat(124)}example`,
  ])('refuses %j', (email) => {
    expect(isEmail(email)).toBe(false);
  });

  // The rule must never be looser than the sending side: whatever it accepts, `ics` accepts.
  it('accepts nothing the calendar library refuses', { timeout: 30_000 }, () => {
    const atext = fc.constantFrom(...'abcXYZ09.!#$%&\'*+/=?^_`{|}~-@ "(),:;<>[]\\é\u0000'.split(''));
    const domain = fc.constantFrom(...'abz09-.@_?#[] é'.split(''));
    const address = fc.oneof(
      fc
        .tuple(fc.string({ unit: atext, maxLength: 12 }), fc.string({ unit: domain, maxLength: 20 }))
        .map(([local, host]) => `${local}@${host}`),
      fc.emailAddress(),
      fc.string(),
    );
    fc.assert(
      fc.property(address, (email) => !isEmail(email) || icsAccepts(email)),
      { seed: 21, numRuns: 1000 },
    );
  });
});
