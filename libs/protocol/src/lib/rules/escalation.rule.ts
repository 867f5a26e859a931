import type { Member, MemberRole } from '@member-alerts/roster';
import type { AlertEvent } from '../event/alert-event.types';
import type {
  ChairTarget,
  CrossCuttingRule,
  EscalationTarget,
  KindPolicy,
  Policy,
  RoleTarget,
} from '../policy/policy.types';
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

// The body as the council's rules name it ("the Cabinet").
const bodyName = (policy: Pick<Policy, 'bodies'>, body: string) => policy.bodies?.[body]?.label ?? body;

const isChair = (t: EscalationTarget): t is ChairTarget => 'chairOfBody' in t;

/** Who chairs the body the event's report goes to, and what to say when nobody does. */
function chairsOf(
  event: AlertEvent,
  members: readonly Member[],
  policy: Pick<Policy, 'bodies'>,
): { found: Member[]; missing: string } {
  if (event.body === undefined) return { found: [], missing: 'No body was given' };
  const body = event.body;
  return {
    found: members.filter((m) => m.chairs?.includes(body)),
    missing: `Nobody on the roster chairs ${bodyName(policy, body)}`,
  };
}

/** The holders of a role (for the event's portfolio), and what to say when nobody holds it. */
function roleHolders(
  event: AlertEvent,
  target: RoleTarget,
  members: readonly Member[],
  policy: Pick<Policy, 'roles'>,
): { found: Member[]; missing: string; nobody: string } {
  // With no portfolio there is no holder for the matter, rather than every holder of the role.
  const found =
    target.samePortfolio && event.portfolio === undefined
      ? []
      : holders(members, target.role, target.samePortfolio ? event.portfolio : undefined);
  const missing = !target.samePortfolio
    ? `Nobody on the roster is ${roleName(policy, target.role)}`
    : event.portfolio === undefined
      ? 'No portfolio was given'
      : `No ${roleTitle(policy, target.role)} holds the portfolio "${event.portfolio}"`;
  const nobody = target.samePortfolio ? `no ${roleTitle(policy, target.role)}` : 'nobody in that role';
  return { found, missing, nobody };
}

/**
 * §36: "in addition to the local member(s)" the officer may notify "the Leader, Deputy Leader or
 * Cabinet Lead Member". The kind's own targets come from the policy table; an event can add roles.
 */
export function escalationMembers(
  event: AlertEvent,
  kind: KindPolicy,
  members: readonly Member[],
  policy: Pick<Policy, 'roles' | 'bodies'> & { readonly escalation: CrossCuttingRule },
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
  const addChairs = (people: readonly Member[], body: string) => {
    for (const person of people) {
      const reason = { relation: 'escalation' as const, paragraph: rule.paragraph, chairOf: body };
      candidates.push({ kind: 'member', person, action: rule.action, reason });
    }
  };
  for (const target of [...kind.escalation, ...asked]) {
    const chair = isChair(target);
    const { found, missing, nobody } = chair
      ? { ...chairsOf(event, members, policy), nobody: 'no chair' }
      : roleHolders(event, target, members, policy);
    if (found.length > 0) {
      if (chair) addChairs(found, event.body ?? '');
      else add(found, target.role);
      continue;
    }
    const instead = target.otherwise ? holders(members, target.otherwise) : [];
    if (target.otherwise && instead.length > 0) {
      warnings.push(
        `${missing}, so ${roleName(policy, target.otherwise)} is told instead (§${rule.paragraph})`,
      );
      add(instead, target.otherwise);
    } else {
      warnings.push(`${missing}, so ${nobody} is told (§${rule.paragraph})`);
    }
  }
  return { candidates, warnings };
}
