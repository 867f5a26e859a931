// Test-only: a plan written out by hand, for what is built from a plan (rows, timings).
import { leicestershirePolicy } from '../../../../tools/testing/fixtures';
import type { Plan } from '../lib/plan/plan.types';
import type { CouncilWords, KindPolicy } from '../lib/policy/policy.types';

/** Leicestershire's rules: its words, and each kind's, as its policy file gives them. */
export const LEICESTERSHIRE = leicestershirePolicy();

/** What Leicestershire calls its areas, and itself in circulation text. */
export const WORDS: CouncilWords = wordsOf(LEICESTERSHIRE.words);

function wordsOf(words: CouncilWords | undefined): CouncilWords {
  if (!words) throw new Error("Leicestershire's policy file gives no words");
  return words;
}

/** A kind's rules in Leicestershire's policy file. */
export const kindRule = (kind: string): KindPolicy | undefined => LEICESTERSHIRE.kinds[kind];

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
