import type { Action } from '../policy/policy.types';
import type { Candidate } from './candidate.types';
import type { Reason, Recipient, Relation } from './plan.types';

export const ACTION_ORDER: readonly Action[] = ['invite', 'notify', 'inform'];
export const RELATION_ORDER: readonly Relation[] = [
  'local',
  'adjoining',
  'interest',
  'escalation',
  'officer',
];

const rank = <T>(order: readonly T[], v: T) => order.indexOf(v);

// The same order as String#localeCompare with no arguments (which is defined as this collator's
// compare), without building a collator on every call: a plan for the whole area sorts thousands of people.
const collate = new Intl.Collator().compare;

function reasonKey(r: Reason): string {
  return [r.relation, r.division, r.role, r.chairOf, r.topic, r.service].join('|');
}

function compareReasons(a: Reason, b: Reason): number {
  return (
    rank(RELATION_ORDER, a.relation) - rank(RELATION_ORDER, b.relation) || collate(reasonKey(a), reasonKey(b))
  );
}

/** One entry per person, with every reason they are told and the strongest action any reason asks. */
export function mergeRecipients(candidates: readonly Candidate[]): Recipient[] {
  const byPerson = new Map<string, Recipient>();
  for (const c of candidates) {
    const key = `${c.kind}:${c.person.id}`;
    let r = byPerson.get(key);
    if (!r) {
      r = {
        id: c.person.id,
        name: c.person.name,
        email: c.person.email,
        kind: c.kind,
        action: c.action,
        reasons: [],
      };
      if (c.kind === 'member') r.division = c.person.division;
      byPerson.set(key, r);
    }
    if (rank(ACTION_ORDER, c.action) < rank(ACTION_ORDER, r.action)) r.action = c.action;
    if (!r.reasons.some((x) => reasonKey(x) === reasonKey(c.reason))) r.reasons.push({ ...c.reason });
  }
  const recipients = [...byPerson.values()];
  for (const r of recipients) r.reasons.sort(compareReasons);
  // Invitations first, then local before adjoining before the rest, then by division and name.
  const relationRank = (r: Recipient) => rank(RELATION_ORDER, r.reasons[0]?.relation ?? 'officer');
  return recipients.sort(
    (a, b) =>
      rank(ACTION_ORDER, a.action) - rank(ACTION_ORDER, b.action) ||
      relationRank(a) - relationRank(b) ||
      collate(a.division ?? '', b.division ?? '') ||
      collate(a.name, b.name) ||
      collate(a.id, b.id),
  );
}
