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

/** Only the notice itself waits: a cancellation or a "no longer concerns you" goes as usual. */
const holdable = (change: NewNotification['change']) => change === 'new' || change === 'updated';

/** A notice not yet sent, as it waits in the outbox when a revision of the rules is published. */
export interface WaitingNotice {
  readonly kind: string;
  /** The divisions its event affects. */
  readonly divisions: readonly string[];
  readonly sendAt: Date;
  readonly change: NewNotification['change'];
}

/**
 * The period of a newly published revision that holds a notice still waiting to be sent, as if it
 * had been planned under that revision: its kind is one the revision holds, and the London day it
 * would go is inside one of the revision's periods covering its divisions, on or after the day the
 * revision takes effect. Undefined when it goes as planned. A notice already sent (or being sent)
 * is never asked about: publishing a revision never changes what has gone.
 */
export function holdsWaiting(policy: Policy, notice: WaitingNotice): PreElectionPeriod | undefined {
  if (!holdable(notice.change)) return undefined;
  if (policy.takesEffect !== undefined && londonDateOf(notice.sendAt) < policy.takesEffect) return undefined;
  return holdingPeriod(policy, notice.kind, notice.divisions, notice.sendAt);
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
    if (!holdable(r.change)) return r;
    const period = holdingPeriod(policy, plan.kind, plan.affectedDivisions, r.sendAt);
    return period ? { ...r, heldFor: period } : r;
  });
}
