import {
  deliveryTime,
  type DeliveryPreferences,
  type DeliveryTime,
  type UrgentRule,
} from '../delivery/delivery-time';
import { londonInstant } from '../delivery/london-time.util';
import type { Plan } from '../plan/plan.types';
import { londonDay, londonTime } from '../render/london-wording';

/** "today", "tomorrow" or "on Wednesday 14 July", from where `now` is. */
function dayFrom(at: Date, now: Date): string {
  const day = londonDay(at.toISOString());
  if (day === londonDay(now.toISOString())) return 'today';
  if (day === londonDay(londonInstant(now, 12 * 60, 1).toISOString())) return 'tomorrow';
  return `on ${londonDay(at.toISOString(), false) ?? ''}`;
}

/**
 * When a member's preferences put a message, in words: "after quiet hours, at 7am tomorrow",
 * "in the daily summary at 8am today". Undefined when they do not move it.
 */
export function timingInWords(t: DeliveryTime, now: Date): string | undefined {
  if (!t.why) return undefined;
  const when = `at ${londonTime(t.sendAt.toISOString()) ?? ''} ${dayFrom(t.sendAt, now)}`;
  return t.digest ? `in the daily summary ${when}` : `after quiet hours, ${when}`;
}

/**
 * The plan as an officer previews it: each member whose quiet hours or daily summary move their
 * first notice later says when it will reach them instead.
 */
export function withTimings(
  plan: Plan,
  prefs: ReadonlyMap<string, DeliveryPreferences>,
  now: Date,
  kind: UrgentRule,
): Plan {
  const planned = new Date(plan.sendAt);
  return {
    ...plan,
    recipients: plan.recipients.map((r) => {
      const p = r.kind === 'member' ? prefs.get(r.id) : undefined;
      if (!p) return r;
      const t = deliveryTime(planned, kind, r.action, 'new', p);
      const words = timingInWords(t, now);
      return words ? { ...r, timing: { sendAt: t.sendAt.toISOString(), digest: t.digest, words } } : r;
    }),
  };
}
