import type { AlertEvent } from '../event/alert-event.types';
import type { CrossCuttingRule } from '../policy/policy.types';
import type { Candidate } from '../plan/candidate.types';
import type { RosterIndex } from './roster-index.util';

/**
 * §34: members who registered an interest in one of the event's topics, but are not the local
 * member, "are still expected" to be given the information. One reason per matching topic.
 */
export function interestMembers(
  event: AlertEvent,
  roster: RosterIndex,
  affected: readonly string[],
  rule: CrossCuttingRule,
): Candidate[] {
  const topics = event.topics ?? [];
  if (topics.length === 0) return [];
  const local = new Set(affected);
  return roster.withInterests.filter((m) => !local.has(m.division))
    .flatMap((person) =>
      topics
        .filter((topic) => person.interests.includes(topic))
        .map((topic): Candidate => ({
          kind: 'member',
          person,
          action: rule.action,
          reason: { relation: 'interest', paragraph: rule.paragraph, topic },
        })),
    );
}
