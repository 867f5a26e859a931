import type { AlertEvent } from '../event/alert-event.types';
import type { KindPolicy } from '../policy/policy.types';

const HOUR_MS = 3_600_000;

export interface SendAt {
  readonly at: string;
  readonly warning?: string;
}

/**
 * When to send. §26 asks for "as early as possible", which is now. A timed kind (§31: "immediately
 * prior to the outset") goes the set number of hours before its date, or now if that has passed,
 * and never after the date itself: when even the date has passed, the notice is due at once and late.
 */
export function sendAt(event: AlertEvent, kind: KindPolicy, now: Date): SendAt {
  const timing = kind.timing;
  if (timing.at === 'now') return { at: now.toISOString() };
  const date = event[timing.field];
  if (date === undefined) {
    return { at: now.toISOString(), warning: `No ${timing.field} was given, so the notice goes now` };
  }
  const deadline = Date.parse(date);
  const due = Math.min(Math.max(deadline - timing.hours * HOUR_MS, now.getTime()), deadline);
  const at = new Date(due).toISOString();
  return deadline < now.getTime()
    ? { at, warning: `${timing.field} (${date}) has already passed: the notice is late (§${kind.paragraph})` }
    : { at };
}
