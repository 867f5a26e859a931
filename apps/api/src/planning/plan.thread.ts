// Runs in the API's planning threads (apps/api/bin/plan-thread.js loads it): checking an event,
// matching its location and planning who is told take whole CPU-seconds for the largest locations,
// and here they do not hold up the thread that answers requests.
import { GeoInputError, loadDivisions, type DivisionSet } from '@member-alerts/geo';
import {
  EventValidationError,
  fromPortable,
  parseEvent,
  indexRoster,
  planEvent,
  toPortable,
  type Policy,
  type RosterIndex,
} from '@member-alerts/protocol';
import type { Member, Officer } from '@member-alerts/roster';
import type { PlanAnswer, PlanTask } from './plan-task';

// One of each per council, as CouncilContextService keeps them: once a newer generation or roster
// is in force, nothing plans with the older one.
const divisionSets = new Map<string, { generationId: string; set: DivisionSet }>();
interface Roster {
  readonly members: readonly Member[];
  readonly officers: readonly Officer[];
  /** The members grouped for the rules, once per roster rather than once per plan. */
  readonly roster: RosterIndex;
}
const rosters = new Map<string, Roster & { key: number }>();
// Every revision of a council's rules still in use (events keep the revision they were registered under).
const policies = new Map<string, Policy>();

function divisionsFor(task: PlanTask): DivisionSet | undefined {
  const kept = divisionSets.get(task.councilId);
  if (kept?.generationId === task.generationId) return kept.set;
  if (task.boundaries === undefined) return undefined;
  const set = loadDivisions(JSON.parse(task.boundaries) as unknown);
  divisionSets.set(task.councilId, { generationId: task.generationId, set });
  return set;
}

function rosterFor(task: PlanTask): Roster | undefined {
  const kept = rosters.get(task.councilId);
  if (kept?.key === task.rosterKey) return kept;
  if (!task.roster) return undefined;
  const roster = { ...task.roster, roster: indexRoster(task.roster.members) };
  rosters.set(task.councilId, { key: task.rosterKey, ...roster });
  return roster;
}

function policyFor(task: PlanTask): Policy | undefined {
  const key = `${task.councilId} ${task.revision.number}`;
  if (task.policy) policies.set(key, task.policy);
  return policies.get(key);
}

export function planInThread(task: PlanTask): PlanAnswer {
  try {
    const divisions = divisionsFor(task);
    const roster = task.planAt === undefined ? undefined : rosterFor(task);
    const policy = policyFor(task);
    if (!divisions || !policy || (task.planAt !== undefined && !roster))
      return {
        kind: 'lacks',
        boundaries: !divisions,
        roster: task.planAt !== undefined && !roster,
        policy: !policy,
      };
    const event =
      'fields' in task.input
        ? parseEvent(task.input.fields, divisions, policy)
        : fromPortable(task.input.parsed);
    if (task.planAt === undefined || !roster) return { kind: 'done', parsed: toPortable(event) };
    const plan = planEvent(event, {
      divisions,
      ...roster,
      policy,
      revision: task.revision,
      now: new Date(task.planAt),
    });
    return { kind: 'done', parsed: toPortable(event), plan };
  } catch (e) {
    // Errors lose their class crossing threads: the refusals a person can correct go back as data.
    if (e instanceof EventValidationError) return { kind: 'invalid', errors: e.errors };
    if (e instanceof GeoInputError) return { kind: 'bad-geometry', message: e.message, problems: e.problems };
    const err = e instanceof Error ? e : new Error(String(e));
    return { kind: 'failed', message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  }
}
