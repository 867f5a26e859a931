import type { AlertEvent } from '../event/alert-event.types';
import type { KindPolicy } from '../policy/policy.types';
import { BANK_HOLIDAY_RANGE, workingDaysBefore } from '../policy/working-days.util';

const HOUR_MS = 3_600_000;

export interface SendAt {
  readonly at: string;
  readonly warning?: string;
}

function dueBefore(
  deadline: number,
  timing: KindPolicy['timing'],
  closures: readonly string[],
): number | undefined {
  switch (timing.at) {
    case 'now':
      return undefined;
    case 'before':
      return deadline - timing.hours * HOUR_MS;
    case 'workingDaysBefore':
      return workingDaysBefore(new Date(deadline), timing.days, closures)?.getTime();
  }
}

/**
 * When to send. §26 asks for "as early as possible", which is now. A timed kind (§31: "immediately
 * prior to the outset") goes the set time before its date, or now if that has passed,
 * and never after the date itself: when even the date has passed, the notice is due at once and late.
 */
export function sendAt(
  event: AlertEvent,
  kind: KindPolicy,
  now: Date,
  closures: readonly string[] = [],
): SendAt {
  const timing = kind.timing;
  if (timing.at === 'now') return { at: now.toISOString() };
  const date = event[timing.field];
  if (date === undefined) {
    return { at: now.toISOString(), warning: `No ${timing.field} was given, so the notice goes now` };
  }
  const deadline = Date.parse(date);
  const before = dueBefore(deadline, timing, closures);
  if (before === undefined) {
    // parseEvent refuses such dates; a plan made without it still says why it went now.
    return {
      at: now.toISOString(),
      warning: `${timing.field} is outside the working-day data (${BANK_HOLIDAY_RANGE}), so the notice goes now`,
    };
  }
  const due = Math.min(Math.max(before, now.getTime()), deadline);
  const at = new Date(due).toISOString();
  return deadline < now.getTime()
    ? { at, warning: `${timing.field} (${date}) has already passed: the notice is late (§${kind.paragraph})` }
    : { at };
}
