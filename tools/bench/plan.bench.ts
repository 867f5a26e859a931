import type { DivisionSet } from '@member-alerts/geo';
import { indexRoster, parseEvent, planEvent, type AlertEvent } from '@member-alerts/protocol';
import type { Member, Officer } from '@member-alerts/roster';
import { mixedEvents } from './events.util';
import { compareRates, progress, rate } from './measure.util';
import type { Row } from './report.util';
import { leicestershirePolicy } from '../testing/fixtures';

const POLICY = leicestershirePolicy();

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
  const peoplePerSecond: { label: string; rate: number }[] = [];
  for (const c of contexts) {
    progress(`plan: mixed kinds on ${c.label}`);
    const events = mixedEvents(c.set, c.inside, 200, 5, now);
    const roster = indexRoster(c.members);
    const ctx = { divisions: c.set, members: c.members, roster, officers: c.officers, now, policy: POLICY };
    // A plan is of an event parseEvent checked, so planning includes parsing, as in the API.
    const planned = (e: AlertEvent) => planEvent(parseEvent(e, c.set, POLICY), ctx);
    let recipients = 0;
    for (const e of events) recipients += planned(e).recipients.length;
    const r = compareRates(events, planned, (e) => parseEvent(e, c.set, POLICY), {
      rounds: opts.quick ? 2 : 3,
      minMs: opts.quick ? 400 : 1_000,
    });
    // How much of the planning time the countywide events take (one in twenty of the mix).
    const countywide = events.filter((e) => e.countywide === true);
    const countywideRate = rate(countywide, planned, opts.quick ? 200 : 500);
    const countywideShare = Math.min(1, countywide.length / countywideRate / (events.length / r.subject));
    details.push({
      context: c.label,
      ...r,
      events: events.length,
      meanRecipients: recipients / events.length,
      countywidePlansPerSecond: countywideRate,
      countywideShareOfTime: countywideShare,
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
      note: `${(recipients / events.length).toFixed(1)} recipients per event on average; the countywide consultations (1 in 20) take about ${Math.round(countywideShare * 100)}% of the time`,
    });
    peoplePerSecond.push({ label: c.label, rate: (r.subject * recipients) / events.length });
  }
  // A plan's cost follows the people it tells: the same figure per person told, against the first
  // council's, shows whether it grows with the size of the council.
  const [first, ...others] = peoplePerSecond;
  for (const o of first ? others : []) {
    rows.push({
      item: 2,
      measure: `people planned per second, ${o.label}`,
      value: o.rate,
      unit: 'people/s',
      baseline: first?.rate ?? NaN,
      baselineLabel: first?.label ?? '',
      ratio: o.rate / (first?.rate ?? NaN),
      ratioMeans: "of the smaller council's rate",
      note: 'above 1: no dearer per person told in the larger council',
    });
  }
  return { rows, details };
}
