import type { Member } from '@member-alerts/roster';

/** A roster grouped the ways the rules look people up. */
export interface RosterIndex {
  /** Members by the exact name of the division they sit for, in roster order. */
  readonly byDivision: ReadonlyMap<string, readonly Member[]>;
  /** Members who registered an interest in anything (§34), in roster order. */
  readonly withInterests: readonly Member[];
}

/**
 * Groups a roster for the rules. Whoever keeps a roster across many plans (the API's planning
 * threads, the CLI over a file of events) builds this once per roster and gives it to planEvent.
 */
export function indexRoster(members: readonly Member[]): RosterIndex {
  const byDivision = new Map<string, Member[]>();
  for (const m of members) {
    const list = byDivision.get(m.division);
    if (list) list.push(m);
    else byDivision.set(m.division, [m]);
  }
  return { byDivision, withInterests: members.filter((m) => m.interests.length > 0) };
}
