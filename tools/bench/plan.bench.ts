import type { DivisionSet } from '@member-alerts/geo';
import { parseEvent, planEvent } from '@member-alerts/protocol';
import type { Member, Officer } from '@member-alerts/roster';
import { mixedEvents } from './events.util';
import { compareRates, progress } from './measure.util';
import type { Row } from './report.util';

export interface PlanContextInput {
  readonly label: string;
  readonly set: DivisionSet;
  readonly members: readonly Member[];
  readonly officers: readonly Officer[];
  readonly inside: readonly [number, number][];
}

/**
 * Item 2: events planned per second on a mix of kinds. The baseline is checking the same events
 * (parseEvent, which validates every field and matches the geometry): a plan cannot be faster than
 * that, so the ratio is the share of the time that is not the unavoidable check.
 */
export function planBench(
  contexts: readonly PlanContextInput[],
  opts: { quick: boolean },
): { rows: Row[]; details: unknown } {
  const rows: Row[] = [];
  const details: Record<string, unknown>[] = [];
  const now = new Date();
  for (const c of contexts) {
    progress(`plan: mixed kinds on ${c.label}`);
    const events = mixedEvents(c.set, c.inside, 200, 5, now);
    const ctx = { divisions: c.set, members: c.members, officers: c.officers, now };
    let recipients = 0;
    for (const e of events) recipients += planEvent(e, ctx).recipients.length;
    const r = compareRates(
      events,
      (e) => planEvent(e, ctx),
      (e) => parseEvent(e, c.set),
      { rounds: opts.quick ? 2 : 3, minMs: opts.quick ? 400 : 1_000 },
    );
    details.push({
      context: c.label,
      ...r,
      events: events.length,
      meanRecipients: recipients / events.length,
    });
    rows.push({
      item: 2,
      measure: `plan mixed events, ${c.label}`,
      value: r.subject,
      unit: 'events/s',
      baseline: r.baseline,
      baselineLabel: 'check and match only',
      ratio: r.ratio,
      ratioMeans: 'of the check-only rate',
      note: `${(recipients / events.length).toFixed(1)} recipients per event on average`,
    });
  }
  return { rows, details };
}
