// One rule for every e-mail address the product takes in (events' and keys' contacts, the roster,
// producer settings, sign-in by link, BOOTSTRAP_ADMIN_EMAIL). It must be at least as strict as the
// sending side, or an address is stored that the worker cannot put in an invitation and the member
// is never told: the calendar library (`ics`) checks with yup's `string().email()`, the HTML
// standard's rule, ASCII only, each domain label 1-63 letters, digits or inner hyphens. On top of
// that, RFC 5321/5322 ask for a dot-atom local part (no leading, trailing or doubled dot) of at
// most 64 characters and a name of at most 254, and a council sends only to a domain with a dot.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
// The last label starts with a letter, as every top-level domain does (xn--p1ai included).
const TOP = '[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+${TOP}$`);

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** Whether `s`, as given (no trimming), is one e-mail address the product can send to. */
export function isEmail(s: string): boolean {
  if (s.length > MAX_EMAIL_LENGTH || !EMAIL.test(s)) return false;
  return s.indexOf('@') <= MAX_LOCAL_LENGTH;
}
