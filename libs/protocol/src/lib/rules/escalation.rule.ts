import type { Member, MemberRole } from '@member-alerts/roster';
import type { AlertEvent } from '../event/alert-event.types';
import type { CrossCuttingRule, EscalationTarget, KindPolicy, Policy } from '../policy/policy.types';
import type { Candidate, RuleResult } from '../plan/candidate.types';
import { foldLabel } from './fold-label.util';

// The role as the council's rules name it ("the Leader"); its key for rules that name none.
const roleName = (policy: Pick<Policy, 'roles'>, role: MemberRole) => policy.roles?.[role]?.label ?? role;
// The role as its holder is called ("Cabinet Lead Member").
const roleTitle = (policy: Pick<Policy, 'roles'>, role: MemberRole) => policy.roles?.[role]?.title ?? role;

function holders(members: readonly Member[], role: MemberRole, portfolio?: string): Member[] {
  const wanted = portfolio === undefined ? undefined : foldLabel(portfolio);
  return members.filter(
    (m) =>
      m.roles.includes(role) &&
      (wanted === undefined || (m.portfolio !== undefined && foldLabel(m.portfolio) === wanted)),
  );
}

/**
 * §36: "in addition to the local member(s)" the officer may notify "the Leader, Deputy Leader or
 * Cabinet Lead Member". The kind's own targets come from the policy table; an event can add roles.
 */
export function escalationMembers(
  event: AlertEvent,
  kind: KindPolicy,
  members: readonly Member[],
  policy: Pick<Policy, 'roles'> & { readonly escalation: CrossCuttingRule },
): RuleResult {
  const rule = policy.escalation;
  // A role the council holds for a portfolio means its holder for the event's portfolio.
  const asked: EscalationTarget[] = (event.escalate ?? []).map((role) => ({
    role,
    samePortfolio: policy.roles?.[role]?.needsPortfolio !== undefined,
  }));
  const candidates: Candidate[] = [];
  const warnings: string[] = [];
  const add = (people: readonly Member[], role: MemberRole) => {
    for (const person of people) {
      const reason = { relation: 'escalation' as const, paragraph: rule.paragraph, role };
      candidates.push({ kind: 'member', person, action: rule.action, reason });
    }
  };
  for (const target of [...kind.escalation, ...asked]) {
    // With no portfolio there is no holder for the matter, rather than every holder of the role.
    const found =
      target.samePortfolio && event.portfolio === undefined
        ? []
        : holders(members, target.role, target.samePortfolio ? event.portfolio : undefined);
    if (found.length > 0) {
      add(found, target.role);
      continue;
    }
    const missing = !target.samePortfolio
      ? `Nobody on the roster is ${roleName(policy, target.role)}`
      : event.portfolio === undefined
        ? 'No portfolio was given'
        : `No ${roleTitle(policy, target.role)} holds the portfolio "${event.portfolio}"`;
    const instead = target.otherwise ? holders(members, target.otherwise) : [];
    if (target.otherwise && instead.length > 0) {
      warnings.push(
        `${missing}, so ${roleName(policy, target.otherwise)} is told instead (§${rule.paragraph})`,
      );
      add(instead, target.otherwise);
    } else {
      const who = target.samePortfolio ? `no ${roleTitle(policy, target.role)}` : 'nobody in that role';
      warnings.push(`${missing}, so ${who} is told (§${rule.paragraph})`);
    }
  }
  return { candidates, warnings };
}
