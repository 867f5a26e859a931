import type { DivisionSet } from '@member-alerts/geo';
import type { Action } from '../policy/policy.types';
import type { Candidate, RuleResult } from '../plan/candidate.types';
import type { RosterIndex } from './roster-index.util';

/**
 * Every member for each division: both members of a two-member division (Oadby elects two).
 * Warns where the roster has fewer members than the division elects, since their alerts go to fewer.
 */
export function divisionMembers(
  roster: RosterIndex,
  names: readonly string[],
  relation: 'local' | 'adjoining',
  paragraph: string,
  action: Action,
  set: DivisionSet,
): RuleResult {
  const candidates: Candidate[] = [];
  const warnings: string[] = [];
  for (const division of names) {
    const found = roster.byDivision.get(division) ?? [];
    for (const person of found) {
      candidates.push({ kind: 'member', person, action, reason: { relation, paragraph, division } });
    }
    const seats = set.seatsOf(division) ?? 1;
    if (found.length < seats) {
      warnings.push(`"${division}" elects ${seats} but the roster has ${found.length}: only they are told`);
    }
  }
  return { candidates, warnings };
}
