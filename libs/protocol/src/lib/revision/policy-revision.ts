import { londonWallClock } from '../delivery/london-time.util';
import { londonDay } from '../render/london-wording';

/** One published revision of a council's rules: its number, and the London date it takes effect. */
export interface PolicyRevision {
  readonly number: number;
  /** "YYYY-MM-DD", London. */
  readonly inForceFrom: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The London calendar day of an instant, "YYYY-MM-DD". */
export function londonDate(at: Date): string {
  const w = londonWallClock(at);
  return `${w.year}-${two(w.month)}-${two(w.day)}`;
}

/** "revision 3 of the council's rules, in force from Thursday 1 April 2027". */
export function revisionInWords(r: PolicyRevision): string {
  return `revision ${r.number} of the council's rules, in force from ${londonDay(r.inForceFrom) ?? r.inForceFrom}`;
}

/**
 * The revision in force on the London day of `at`: the latest to have taken effect, and of two
 * taking effect the same day, the later published. Undefined before the first.
 */
export function revisionInForce<R extends PolicyRevision>(revisions: readonly R[], at: Date): R | undefined {
  const day = londonDate(at);
  let found: R | undefined;
  for (const r of revisions) {
    if (r.inForceFrom > day) continue;
    if (
      !found ||
      r.inForceFrom > found.inForceFrom ||
      (r.inForceFrom === found.inForceFrom && r.number > found.number)
    )
      found = r;
  }
  return found;
}
