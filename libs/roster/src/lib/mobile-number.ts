// UK mobile numbers, as members and democratic services write them: 07700 900123, +44 7700 900123,
// 0044 7700-900123, (07700) 900 123. Stored one way, +447700900123, the form GOV.UK Notify takes.
// 070 (personal numbers) and 076 (pagers, but 07624 on the Isle of Man) are not mobiles.
const SEPARATORS = /[\s\-().]/g;

/** The number as stored (+447…), or undefined when it is not a UK mobile number. */
export function ukMobile(given: string): string | undefined {
  const digits = given.trim().replace(SEPARATORS, '');
  const national = /^(?:\+44|0044|44)(7\d{9})$/.exec(digits)?.[1] ?? /^0(7\d{9})$/.exec(digits)?.[1];
  if (!national) return undefined;
  if (national.startsWith('70') || (national.startsWith('76') && !national.startsWith('7624'))) return undefined;
  return `+44${national}`;
}

/** A stored number as people write it: 07700 900123. */
export function mobileInWords(stored: string): string {
  const national = `0${stored.replace(/^\+44/, '')}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}

/** What to say of a number that is not a UK mobile. */
export const MOBILE_RULE = 'must be a UK mobile number, such as 07700 900123';
