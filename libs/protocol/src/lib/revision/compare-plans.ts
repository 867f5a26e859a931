import type { Plan, Reason, Recipient } from '../plan/plan.types';
import { londonAt } from '../render/london-wording';

/** One person a new revision would add or drop, with the reasons that tell them (or told them). */
export interface PlanChangePerson {
  readonly id: string;
  readonly name: string;
  readonly kind: Recipient['kind'];
  readonly division?: string;
  readonly reasons: readonly Reason[];
}

/** What re-planning an event under other rules changes for it. */
export interface PlanChange {
  readonly added: readonly PlanChangePerson[];
  readonly dropped: readonly PlanChangePerson[];
  /** Told under both, for other reasons: what the new rules say instead. */
  readonly reasonsChanged: readonly PlanChangePerson[];
  /** "The notice would go on …, not …", when the time changes. */
  readonly timing?: string;
  /** Why nobody would be told, when that is new. */
  readonly excluded?: readonly string[];
}

const person = (r: Recipient): PlanChangePerson => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  ...(r.division ? { division: r.division } : {}),
  reasons: r.reasons,
});

const reasonKey = (reasons: readonly Reason[]) =>
  reasons
    .map((x) => [x.relation, x.paragraph, x.division, x.role, x.chairOf, x.topic, x.service].join('|'))
    .sort()
    .join('\n');

/**
 * Who one plan tells that the other does not, and the other way round, and any change of time.
 * Pure: both plans were made from the same event, roster and boundaries, under different rules.
 */
export function comparePlans(before: Plan, after: Plan): PlanChange {
  const was = new Map(before.recipients.map((r) => [r.id, r]));
  const now = new Map(after.recipients.map((r) => [r.id, r]));
  const added = after.recipients.filter((r) => !was.has(r.id)).map(person);
  const dropped = before.recipients.filter((r) => !now.has(r.id)).map(person);
  const reasonsChanged = after.recipients
    .filter((r) => {
      const old = was.get(r.id);
      return old !== undefined && reasonKey(old.reasons) !== reasonKey(r.reasons);
    })
    .map(person);
  const timing =
    before.sendAt === after.sendAt
      ? undefined
      : `The notice would go on ${londonAt(after.sendAt) ?? after.sendAt}, not on ${londonAt(before.sendAt) ?? before.sendAt}`;
  const excluded =
    after.excluded && !before.excluded
      ? after.excluded.map((x) => `${x.reason} (§${x.paragraph})`)
      : undefined;
  return {
    added,
    dropped,
    reasonsChanged,
    ...(timing ? { timing } : {}),
    ...(excluded ? { excluded } : {}),
  };
}
