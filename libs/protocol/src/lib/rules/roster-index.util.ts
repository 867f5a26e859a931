import type { Member } from '@member-alerts/roster';

/** A roster grouped the ways the rules look people up. */
export interface RosterIndex {
  /** Members by the exact name of the division they sit for, in roster order. */
  readonly byDivision: ReadonlyMap<string, readonly Member[]>;
  /** Members who registered an interest in anything (§34), in roster order. */
  readonly withInterests: readonly Member[];
}

// Rosters are immutable arrays that callers keep (the API caches one per roster change), so the
// index is built once per roster rather than once per division of every plan.
const indexes = new WeakMap<readonly Member[], RosterIndex>();

export function rosterIndex(members: readonly Member[]): RosterIndex {
  let index = indexes.get(members);
  if (!index) {
    const byDivision = new Map<string, Member[]>();
    for (const m of members) {
      const list = byDivision.get(m.division);
      if (list) list.push(m);
      else byDivision.set(m.division, [m]);
    }
    index = { byDivision, withInterests: members.filter((m) => m.interests.length > 0) };
    indexes.set(members, index);
  }
  return index;
}
