import {
  asKey,
  missingPortfolio,
  MOBILE_RULE,
  ukMobile,
  unknownBody,
  unknownRole,
  type DivisionLookup,
  type MemberRole,
  type RosterRules,
} from '@member-alerts/roster';
import { isCalendarDate } from '../boundaries/boundary-input.util';
import { fieldsOf, MEMBER_CREATE_BODY_SCHEMA, MEMBER_PATCH_BODY_SCHEMA } from './roster.schema';
import { activeField, readPerson, textField, topicsField, type Problems } from './roster-fields.util';

/** A member as democratic services enter it. */
export interface MemberFields {
  readonly externalId: string;
  readonly name: string;
  readonly email: string;
  readonly division: string;
  readonly roles: readonly MemberRole[];
  readonly portfolio: string | null;
  readonly interests: readonly string[];
  /** +447…, or null for none. */
  readonly mobile: string | null;
  readonly chairs: readonly string[];
}

export type MemberPatch = Partial<MemberFields> & {
  readonly active?: boolean;
  /** Adding only: the first day of the seat, when it began before today. */
  readonly seatedFrom?: string;
};

// The fields each route reads are the ones the API's document gives for it.
const CREATE_FIELDS = fieldsOf(MEMBER_CREATE_BODY_SCHEMA);
const PATCH_FIELDS = fieldsOf(MEMBER_PATCH_BODY_SCHEMA);

function seatedFromField(v: unknown, problems: Problems): string | undefined {
  if (typeof v === 'string' && isCalendarDate(v.trim())) return v.trim();
  problems.push({ field: 'seatedFrom', message: 'must be a date written YYYY-MM-DD' });
  return undefined;
}

/** A seat cannot begin after today: the member would be on the roster with no division. */
export function seatedFromProblems(seatedFrom: string | undefined, today: string): Problems {
  return seatedFrom !== undefined && seatedFrom > today
    ? [{ field: 'seatedFrom', message: 'must be today or earlier' }]
    : [];
}

/**
 * A list of the council's roles or bodies, in the spellings the CSV importer accepts ("Cabinet lead
 * member", "deputy-leader"); each one the council's rules do not define is named.
 */
function keysField(
  v: unknown,
  field: 'roles' | 'chairs',
  unknown: (given: string) => string | undefined,
  problems: Problems,
): string[] | undefined {
  if (!Array.isArray(v)) {
    problems.push({ field, message: 'must be a list' });
    return undefined;
  }
  const keys: string[] = [];
  const before = problems.length;
  v.forEach((r, i) => {
    const given = typeof r === 'string' ? r : '';
    const problem = given.trim() ? unknown(given) : 'must not be empty';
    if (problem) problems.push({ field: `${field}[${i}]`, message: problem });
    else if (!keys.includes(asKey(given))) keys.push(asKey(given));
  });
  return problems.length === before ? keys : undefined;
}

function portfolioField(v: unknown, problems: Problems): string | null | undefined {
  if (v === null || v === '') return null;
  return textField(v, 'portfolio', problems);
}

function mobileField(v: unknown, problems: Problems): string | null | undefined {
  if (v === null || v === '') return null;
  const mobile = typeof v === 'string' ? ukMobile(v) : undefined;
  if (!mobile) problems.push({ field: 'mobile', message: MOBILE_RULE });
  return mobile;
}

function divisionField(v: unknown, divisions: DivisionLookup, problems: Problems): string | undefined {
  if (typeof v !== 'string' || !v.trim()) {
    problems.push({ field: 'division', message: 'must name a division' });
    return undefined;
  }
  const name = divisions.resolveName(v.trim());
  if (!name) problems.push({ field: 'division', message: `"${v.trim()}" is not a division of this council` });
  return name;
}

/**
 * Checks each field given, by the roster CSV's rules, and names every bad one. Fields left out stay
 * undefined; `create` also requires the fields a new member must have.
 */
export function readMember(
  body: unknown,
  divisions: DivisionLookup,
  mode: 'create' | 'patch',
  rules: RosterRules,
): { value: MemberPatch; problems: Problems } {
  const problems: Problems = [];
  const { b, has, person } = readPerson(
    body,
    mode,
    { create: CREATE_FIELDS, patch: PATCH_FIELDS },
    ['division'],
    problems,
  );
  const value: {
    -readonly [K in keyof MemberPatch]: MemberPatch[K];
  } = { ...person };
  if (has('division')) value.division = divisionField(b['division'], divisions, problems);
  if (has('roles')) value.roles = keysField(b['roles'], 'roles', (r) => unknownRole(r, rules), problems);
  if (has('chairs')) value.chairs = keysField(b['chairs'], 'chairs', (c) => unknownBody(c, rules), problems);
  if ('portfolio' in b) value.portfolio = portfolioField(b['portfolio'], problems);
  if (has('interests')) value.interests = topicsField(b['interests'], 'interests', problems);
  if ('mobile' in b) value.mobile = mobileField(b['mobile'], problems);
  if (has('active')) value.active = activeField(b['active'], problems);
  if (has('seatedFrom') && b['seatedFrom'] !== '')
    value.seatedFrom = seatedFromField(b['seatedFrom'], problems);
  return { value, problems };
}

/** The fields a new member needs, once readMember has checked them; undefined while one is missing. */
export function completeMember(v: MemberPatch): MemberFields | undefined {
  const { externalId, name, email, division } = v;
  if (externalId === undefined || name === undefined || email === undefined || division === undefined)
    return undefined;
  return {
    externalId,
    name,
    email,
    division,
    roles: v.roles ?? [],
    portfolio: v.portfolio ?? null,
    interests: v.interests ?? [],
    mobile: v.mobile ?? null,
    chairs: v.chairs ?? [],
  };
}

/** Rules over the whole record, once a patch is merged with what is stored. */
export function memberRecordProblems(
  next: { roles: readonly string[]; portfolio: string | null },
  problems: Problems,
  rules: RosterRules,
): Problems {
  if (problems.some((p) => p.field === 'portfolio' || p.field.startsWith('roles'))) return [];
  const missing = missingPortfolio(next.roles, next.portfolio, rules);
  return missing ? [{ field: 'portfolio', message: missing }] : [];
}
