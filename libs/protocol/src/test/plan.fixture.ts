// Test-only: a plan written out by hand, for what is built from a plan (rows, timings).
import type { Plan } from '../lib/plan/plan.types';

/** Major road works in Oadby, sent late on a winter evening, telling `recipients`. */
export function roadWorksPlan(recipients: Plan['recipients'], extra: Partial<Plan> = {}): Plan {
  return {
    kind: 'road_works',
    title: 'A6 resurfacing',
    paragraph: '35',
    summary: 'Major road works',
    basis: 'location',
    countywide: false,
    affectedDivisions: ['Oadby'],
    adjoiningDivisions: [],
    adjoiningAlerted: false,
    sendAt: '2027-01-12T23:30:00.000Z',
    recipients,
    ...extra,
  };
}
