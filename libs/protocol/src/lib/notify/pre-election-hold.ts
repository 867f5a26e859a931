import { londonDateOf } from '../delivery/london-time.util';
import type { Plan } from '../plan/plan.types';
import type { Policy, PreElectionPeriod } from '../policy/policy.types';
import type { NewNotification } from './version-rows';

const sameName = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0;

/** The whole council, or one of the event's divisions by name. */
function covers(period: PreElectionPeriod, divisions: readonly string[]): boolean {
  return !period.divisions || period.divisions.some((d) => divisions.some((x) => sameName(d, x)));
}

/**
 * The pre-election period that holds a notice of this kind, sent at `sendAt`, for an event in
 * these divisions: its kind says hold, the London day it would go falls from notice of election to
 * close of poll (both days included), and the period is the whole council's or names one of the
 * divisions. Undefined when the notice goes as usual.
 */
export function holdingPeriod(
  policy: Policy,
  kind: string,
  divisions: readonly string[],
  sendAt: Date,
): PreElectionPeriod | undefined {
  if (policy.kinds[kind]?.duringPreElection !== 'hold') return undefined;
  const day = londonDateOf(sendAt);
  return (policy.preElection ?? []).find((p) => p.from <= day && day <= p.to && covers(p, divisions));
}

/**
 * Marks the rows a pre-election period holds for democratic services. Only the notice itself (a
 * first notice or an update) waits: telling someone that an event is cancelled, or no longer
 * concerns them, gives no candidate a platform and goes as usual.
 */
export function withHolds(
  rows: readonly NewNotification[],
  plan: Pick<Plan, 'kind' | 'affectedDivisions'>,
  policy: Policy,
): NewNotification[] {
  return rows.map((r) => {
    if (r.change !== 'new' && r.change !== 'updated') return r;
    const period = holdingPeriod(policy, plan.kind, plan.affectedDivisions, r.sendAt);
    return period ? { ...r, heldFor: period } : r;
  });
}
