import { foldDivisionName, parseCrs, type Crs, type DivisionSet } from '@member-alerts/geo';
import type { MemberRole } from '@member-alerts/roster';
import type { Policy } from '../policy/policy.types';
import { areaBasis, NO_AREA_MESSAGE, outsideMessage, type AreaGiven } from '../rules/affected-divisions.rule';
import type { FieldError } from './alert-event.types';
import { checkRequirements } from './check-requirements';
import { isEventKind, kindsOf, type EventKind } from './event-kind';
import { EVENT_FIELDS } from './event-fields';
import { EventValidationError } from './event-validation-error';
import { AREA_MATCHES, type ParsedEvent } from './parsed-event';
import {
  checkText,
  isRecord,
  readDate,
  readFlag,
  readList,
  readText,
  timeOf,
  type RawEvent,
} from './field-readers.util';
import { readContact, readLink } from './read-contact';
import { readLocation, type ReadLocation } from './read-location';

const FIELDS = EVENT_FIELDS;

const LINE = { max: 200 } as const;

function unknownFields(raw: RawEvent, errors: FieldError[]): void {
  for (const key of Object.keys(raw)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    const near = FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
    errors.push({
      field: key,
      message: `is not a field of an event${near ? `; did you mean ${near}?` : ''}`,
    });
  }
}

function readKind(raw: RawEvent, policy: Policy, errors: FieldError[]): EventKind | undefined {
  const v = raw['kind'];
  if (isEventKind(v, policy)) return v;
  const shown =
    typeof v === 'string'
      ? `"${v.slice(0, 40)}" is not a kind of event ${policy.council}'s rules define`
      : 'is required';
  errors.push({ field: 'kind', message: `${shown}; use one of ${kindsOf(policy).join(', ')}` });
  return undefined;
}

function readCrs(raw: RawEvent, errors: FieldError[]): Crs | undefined {
  const v = raw['crs'];
  if (v === undefined || v === null) return undefined;
  const crs = parseCrs(v);
  if (!crs) errors.push({ field: 'crs', message: 'use "EPSG:27700" (British National Grid) or "EPSG:4326"' });
  return crs;
}

function readDivisionNames(raw: RawEvent, set: DivisionSet, errors: FieldError[]) {
  const names = readList(raw, 'divisions', errors, set.size, (v, where) => {
    const given = checkText(v, where, errors, { ...LINE, required: true });
    if (given === undefined) return undefined;
    const name = set.resolveName(given);
    if (name) return name;
    const folded = foldDivisionName(given);
    const near = set.names.filter((n) => folded.length >= 3 && foldDivisionName(n).includes(folded));
    const hint = near.length ? `; did you mean ${near.slice(0, 3).join(' or ')}?` : '';
    errors.push({ field: where, message: `"${given}" is not a division of this council${hint}` });
    return undefined;
  });
  if (Array.isArray(raw['divisions']) && raw['divisions'].length === 0) {
    errors.push({ field: 'divisions', message: 'list at least one division' });
  }
  return names;
}

// The roles an event can ask for: those the council's rules define.
const rolesOf = (policy: Policy): readonly MemberRole[] => Object.keys(policy.roles ?? {});

function readRoles(raw: RawEvent, policy: Policy, errors: FieldError[]): MemberRole[] | undefined {
  const roles = rolesOf(policy);
  return readList(raw, 'escalate', errors, 10, (v, where) => {
    const role =
      typeof v === 'string'
        ? v
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_')
        : '';
    const found = roles.find((r) => r === role);
    if (!found)
      errors.push({
        field: where,
        message: `${JSON.stringify(v)} is not a role; use ${roles.join(', ')}`,
      });
    return found;
  });
}

function checkOrder(
  first: string | undefined,
  then: string | undefined,
  field: string,
  errors: FieldError[],
) {
  if (first && then && timeOf(then) < timeOf(first)) {
    // In words: the console shows it beside the field, and `field` already names it for the API.
    errors.push({ field, message: field === 'endsAt' ? 'is before the start' : 'is before the opening' });
  }
}

/** Errors in the order an event's fields are documented; unknown fields last. */
function byField(a: FieldError, b: FieldError): number {
  const rank = (field: string) => {
    const i = (FIELDS as readonly string[]).indexOf(field.replace(/\[\d+\]$/, ''));
    return i < 0 ? FIELDS.length : i;
  };
  return rank(a.field) - rank(b.field);
}

function withoutUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/**
 * Checks an event as it arrives (JSON from a file or a request) and returns it cleaned: trimmed
 * text, exact division names, lower-cased topics, roles in their canonical form. Throws one
 * EventValidationError that names every bad field. The council's policy decides what each kind
 * requires; plan the result with the same divisions.
 */
export function parseEvent(input: unknown, divisions: DivisionSet, policy: Policy): ParsedEvent {
  if (!isRecord(input)) {
    throw new EventValidationError([{ field: 'event', message: 'must be a JSON object' }]);
  }
  const errors: FieldError[] = [];
  unknownFields(input, errors);
  const kind = readKind(input, policy, errors);
  const crs = readCrs(input, errors);
  const located: { location?: ReadLocation; affectedArea?: ReadLocation } = {
    location: readLocation(input, 'location', divisions, crs, errors),
    affectedArea: readLocation(input, 'affectedArea', divisions, crs, errors),
  };
  const body = readText(input, 'body', errors, { max: 60 });
  const event = {
    id: readText(input, 'id', errors, { max: 100 }),
    title: readText(input, 'title', errors, { ...LINE, required: true }),
    description: readText(input, 'description', errors, { max: 5000, multiline: true }),
    venue: readText(input, 'venue', errors, LINE),
    location: located.location?.value,
    crs,
    divisions: readDivisionNames(input, divisions, errors),
    countywide: readFlag(input, 'countywide', errors),
    affectedArea: located.affectedArea?.value,
    startsAt: readDate(input, 'startsAt', errors),
    endsAt: readDate(input, 'endsAt', errors),
    opensAt: readDate(input, 'opensAt', errors),
    closesAt: readDate(input, 'closesAt', errors),
    respondBy: readDate(input, 'respondBy', errors),
    contact: readContact(input, errors),
    link: readLink(input, errors),
    body: body?.toLowerCase().replace(/[\s-]+/g, '_'),
    portfolio: readText(input, 'portfolio', errors, LINE),
    service: readText(input, 'service', errors, LINE),
    topics: readList(input, 'topics', errors, 50, (v, where) =>
      checkText(v, where, errors, { max: 100, required: true })?.toLowerCase().replace(/\s+/g, ' '),
    ),
    servesAdjoining: readFlag(input, 'servesAdjoining', errors),
    controversial: readFlag(input, 'controversial', errors),
    individualServiceComplaint: readFlag(input, 'individualServiceComplaint', errors),
    major: readFlag(input, 'major', errors),
    notifyAdjoining: readFlag(input, 'notifyAdjoining', errors),
    escalate: readRoles(input, policy, errors),
  };
  checkOrder(event.startsAt, event.endsAt, 'endsAt', errors);
  checkOrder(event.opensAt, event.closesAt, 'closesAt', errors);
  if (event.countywide === true && input['divisions'] !== undefined && input['divisions'] !== null) {
    errors.push({ field: 'countywide', message: 'give countywide or divisions, not both' });
  }

  const rule = kind === undefined ? undefined : policy.kinds[kind];
  if (kind !== undefined && rule !== undefined) {
    checkRequirements({ ...event, kind }, rule, errors, policy);
  } else if (kind !== undefined) {
    errors.push({
      field: 'kind',
      message: `"${kind}" is not a kind of event ${policy.council}'s rules define`,
    });
  }
  const given = (field: string) => input[field] !== undefined && input[field] !== null;
  const has: AreaGiven = {
    countywide: event.countywide === true,
    divisions: Array.isArray(input['divisions']) && input['divisions'].length > 0,
    location: given('location'),
    affectedArea: given('affectedArea'),
  };
  const basis = rule ? areaBasis(has, rule) : undefined;
  if (rule ? basis === undefined : !Object.values(has).some(Boolean)) {
    errors.push({ field: 'location', message: NO_AREA_MESSAGE });
  }
  if (basis === 'location' || basis === 'affectedArea') {
    const match = located[basis]?.match;
    if (match?.outsideCouncilArea) errors.push({ field: basis, message: outsideMessage(match) });
  }

  if (errors.length > 0 || kind === undefined || event.title === undefined) {
    throw new EventValidationError(errors.sort(byField));
  }
  const matches = {
    ...(located.location ? { location: located.location.match } : {}),
    ...(located.affectedArea ? { affectedArea: located.affectedArea.match } : {}),
  };
  return { ...withoutUndefined({ ...event, kind, title: event.title }), [AREA_MATCHES]: matches };
}
