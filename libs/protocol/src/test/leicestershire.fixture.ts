// Test-only: the real Leicestershire fixtures, loaded once per spec file. No mocks anywhere.
import type { DivisionSet } from '@member-alerts/geo';
import {
  importMembersCsv,
  importOfficersCsv,
  type Member,
  type MemberRole,
  type Officer,
} from '@member-alerts/roster';
import type { Point } from 'geojson';
import {
  countyDivisions,
  EVENT_KINDS,
  type EventKind,
  leicestershirePolicy,
  postcodes,
  readFixture,
} from '../../../../tools/testing/fixtures';
import type { AlertEvent, FieldError } from '../lib/event/alert-event.types';
import { EventValidationError } from '../lib/event/event-validation-error';
import { parseEvent } from '../lib/event/parse-event';
import { planEvent } from '../lib/plan/plan-event';
import { indexRoster } from '../lib/rules/roster-index.util';
import { rosterRules } from '../lib/policy/roster-rules';
import type { KindPolicy, Policy } from '../lib/policy/policy.types';
import type { Plan, PlanContext, Recipient } from '../lib/plan/plan.types';

export const divisions: DivisionSet = countyDivisions('leicestershire');

function rows<T>(result: { ok: true; rows: readonly T[] } | { ok: false; problems: readonly unknown[] }) {
  if (!result.ok) throw new Error(`fixture did not import: ${JSON.stringify(result.problems)}`);
  return result.rows;
}

export const members: readonly Member[] = rows(
  importMembersCsv(
    readFixture('leicestershire', 'members.csv'),
    divisions,
    rosterRules(leicestershirePolicy()),
  ),
);
export const officers: readonly Officer[] = rows(
  importOfficersCsv(readFixture('leicestershire', 'officers.csv')),
);

/** A fixed clock: Monday 2 March 2026, 09:00 UTC. */
export const NOW = new Date('2026-03-02T09:00:00Z');

/** Leicestershire's policy file, with a row for every kind the product's own tests name. */
export const POLICY: Policy & { readonly kinds: Readonly<Record<EventKind, KindPolicy>> } =
  withEveryKind(leicestershirePolicy());

function withEveryKind(policy: Policy): Policy & { readonly kinds: Readonly<Record<EventKind, KindPolicy>> } {
  const kinds = Object.fromEntries(
    EVENT_KINDS.map((kind) => {
      const row = policy.kinds[kind];
      if (!row) throw new Error(`Leicestershire's policy file has no ${kind}`);
      return [kind, row];
    }),
  ) as Record<EventKind, KindPolicy>;
  return { ...policy, kinds: { ...policy.kinds, ...kinds } };
}

// Grouped once, as a caller planning many events with one roster does.
const ROSTER = indexRoster(members);

export function context(extra: Partial<PlanContext> = {}): PlanContext {
  const roster = extra.members === undefined ? { roster: ROSTER } : {};
  return { divisions, members, officers, now: NOW, policy: POLICY, ...roster, ...extra };
}

export function plan(event: AlertEvent, extra: Partial<PlanContext> = {}): Plan {
  const ctx = context(extra);
  return planEvent(parseEvent(event, ctx.divisions, ctx.policy), ctx);
}

/** Members the CSV lists for a division, by name. */
export function namesIn(...divisionNames: string[]): string[] {
  return members
    .filter((m) => divisionNames.includes(m.division))
    .map((m) => m.name)
    .sort();
}

export function member(name: string): Member {
  const found = members.find((m) => m.name === name);
  if (!found) throw new Error(`no member ${name} in members.csv`);
  return found;
}

export function names(recipients: readonly Recipient[]): string[] {
  return recipients.map((r) => r.name).sort();
}

export function recipient(p: Plan, name: string): Recipient {
  const found = p.recipients.find((r) => r.name === name);
  if (!found) throw new Error(`${name} is not told: ${names(p.recipients).join(', ')}`);
  return found;
}

type PostcodeRow = ReturnType<typeof postcodes>[number];
let postcodeIndex: Map<string, PostcodeRow> | undefined;

/** An OS Code-Point Open 2014 postcode centroid ("LE2 5AA", "LE17 4AB"). */
export function postcode(code: string): PostcodeRow {
  const fold = (c: string) => c.replace(/\s+/g, '');
  postcodeIndex ??= new Map(postcodes('LE').map((p) => [fold(p.postcode), p]));
  const row = postcodeIndex.get(fold(code));
  if (!row) throw new Error(`no postcode ${code} in the LE fixture`);
  return row;
}

export function at(code: string): Point {
  const p = postcode(code);
  return { type: 'Point', coordinates: [p.lon, p.lat] };
}

/** The error an invalid event is rejected with. */
export function validationError(run: () => unknown): EventValidationError {
  try {
    run();
  } catch (e) {
    if (e instanceof EventValidationError) return e;
    throw e;
  }
  throw new Error('expected an EventValidationError');
}

export function fieldErrors(run: () => unknown): FieldError[] {
  return [...validationError(run).errors];
}

/** The member holding a role, found from the roles column of members.csv. */
export function holderOf(role: MemberRole): Member {
  const found = members.find((m) => m.roles.includes(role));
  if (!found) throw new Error(`nobody holds ${role} in members.csv`);
  return found;
}

/** Relations by recipient name, for comparing who is told and why. */
export function relationsByName(p: Plan): Record<string, string[]> {
  return Object.fromEntries(p.recipients.map((r) => [r.name, r.reasons.map((x) => x.relation)]));
}

export { EVENT_KINDS, type EventKind };
