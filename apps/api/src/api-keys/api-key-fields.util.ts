import { API_ROLES, type ApiRole } from '@member-alerts/persistence';
import { londonInstant, readContact, type EventContact } from '@member-alerts/protocol';
import { BadInputError, type FieldProblem } from '../common/bad-input.error';
import { readObject, textField, type Problems } from '../roster/roster-fields.util';

export const MAX_KEY_NAME = 100;

/** What democratic services ask for; `member` (database id or the council's id) for member and leader keys. */
export interface ApiKeyRequest {
  readonly name: string;
  readonly role: ApiRole;
  readonly expiresAt: Date | null;
  readonly member: string | null;
  readonly contact: EventContact | null;
}

const FIELDS = ['name', 'role', 'expiresAt', 'member', 'contact'];
// How each field is named in the sentence a person reads.
const WORDS: Readonly<Record<string, string>> = {
  body: 'the request',
  name: 'the name',
  role: 'the role',
  expiresAt: 'the expiry date',
  member: 'the member',
  contact: 'the contact',
  'contact.name': "the contact's name",
  'contact.email': "the contact's e-mail",
  'contact.phone': "the contact's phone",
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function isRole(v: unknown): v is ApiRole {
  return typeof v === 'string' && (API_ROLES as readonly string[]).includes(v);
}

/**
 * When the key stops working. A bare date is the last day it works, UK time, so "2027-03-31" ends
 * at midnight at the start of 1 April; a date and time needs its time zone.
 */
export function expiryField(v: unknown, now: Date, problems: Problems): Date | null | undefined {
  if (v === null) return null;
  const m = typeof v === 'string' ? DATE.exec(v.trim()) : null;
  const [y, mo, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const day = new Date(Date.UTC(y, mo - 1, d, 12));
  if (!m || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
    problems.push({
      field: 'expiresAt',
      message:
        'must be a date such as 2027-03-31, or a date and time with its time zone such as 2027-03-31T17:00:00Z',
    });
    return undefined;
  }
  const at = m[4] ? new Date(Date.parse(m[0])) : londonInstant(day, 0, 1);
  if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) {
    problems.push({ field: 'expiresAt', message: 'must be in the future' });
    return undefined;
  }
  return at;
}

/** Reads a new key's body, naming every problem at once. */
export function readApiKey(
  body: unknown,
  now: Date,
): { value: ApiKeyRequest | undefined; problems: Problems } {
  const problems: Problems = [];
  const b = readObject(body, FIELDS, problems);
  for (const f of ['name', 'role'])
    if (b[f] === undefined) problems.push({ field: f, message: 'is required' });
  const name = b['name'] === undefined ? undefined : textField(b['name'], 'name', problems, MAX_KEY_NAME);
  const role = b['role'] === undefined || isRole(b['role']) ? b['role'] : undefined;
  if (b['role'] !== undefined && role === undefined)
    problems.push({
      field: 'role',
      message: 'must be one of officer, democratic_services, member, leader or monitoring_officer',
    });
  const expiresAt = b['expiresAt'] === undefined ? null : expiryField(b['expiresAt'], now, problems);
  let member: string | null = null;
  const ownsMember = role === 'member' || role === 'leader';
  if (b['member'] !== undefined && b['member'] !== null) {
    if (typeof b['member'] !== 'string' || !b['member'].trim())
      problems.push({ field: 'member', message: "must be the member's id" });
    else if (role !== undefined && !ownsMember)
      problems.push({ field: 'member', message: 'is only for member and leader keys' });
    else member = b['member'].trim();
  } else if (ownsMember) {
    problems.push({
      field: 'member',
      message: 'is required for a member or leader key: whose alerts it reads',
    });
  }
  const contact = readContact(b, problems) ?? null;
  const ok = problems.length === 0 && name !== undefined && role !== undefined && expiresAt !== undefined;
  return { value: ok ? { name, role, expiresAt, member, contact } : undefined, problems };
}

export function rejectApiKey(problems: readonly FieldProblem[]): BadInputError {
  return new BadInputError(
    `the API key was not created: ${problems.map((p) => `${WORDS[p.field] ?? p.field} ${p.message}`).join('; ')}`,
    problems,
  );
}
