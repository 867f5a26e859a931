import { isEmail } from '@member-alerts/roster';
import type { EventContact, FieldError } from './alert-event.types';
import { hasUserInfo, webAddress } from './web-address';
import { checkText, isRecord, type RawEvent } from './field-readers.util';

const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
// Digits, spaces and the punctuation people write in phone numbers: "0116 305 0001", "+44 (0)116 …".
const PHONE = /^\+?[\d\s()-]{6,30}$/;

/** The officer to ask: `{ name, email, phone? }`, each part checked and named as `contact.name`. */
export function readContact(raw: RawEvent, errors: FieldError[]): EventContact | undefined {
  const v = raw['contact'];
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    errors.push({ field: 'contact', message: 'must be an object: { "name", "email", "phone" }' });
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!(CONTACT_FIELDS as readonly string[]).includes(key))
      errors.push({
        field: `contact.${key}`,
        message: 'is not part of a contact; use name, email and phone',
      });
  }
  const name = checkText(v['name'], 'contact.name', errors, { max: 200, required: true });
  const email = checkText(v['email'], 'contact.email', errors, { max: 254, required: true });
  if (email !== undefined && !isEmail(email))
    errors.push({ field: 'contact.email', message: `"${email.slice(0, 60)}" is not an e-mail address` });
  const phone = checkText(v['phone'], 'contact.phone', errors, { max: 30 });
  if (phone !== undefined && !PHONE.test(phone))
    errors.push({ field: 'contact.phone', message: 'must be a phone number, e.g. 0116 305 0001' });
  if (name === undefined || email === undefined) return undefined;
  return { name, email: email.toLowerCase(), ...(phone === undefined ? {} : { phone }) };
}

/** A https web address with more information; plain http, other schemes and user info are refused. */
export function readLink(raw: RawEvent, errors: FieldError[]): string | undefined {
  const s = checkText(raw['link'], 'link', errors, { max: 2000 });
  if (s === undefined) return undefined;
  const url = webAddress(s);
  if (!url) {
    errors.push({
      field: 'link',
      message: hasUserInfo(s)
        ? 'must not have a user name or password (the part before an @): it hides where the link goes'
        : 'must be a web address starting https://',
    });
    return undefined;
  }
  return url.href;
}
