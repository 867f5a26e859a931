import type { EventKind } from '../event/event-kind';
import type { Action } from '../policy/policy.types';
import { londonInstant, londonWallClock, parseClock } from './london-time.util';

export interface DeliveryPreferences {
  /** London time, "HH:MM". Both or neither. */
  readonly quietHoursStart?: string | null;
  readonly quietHoursEnd?: string | null;
  readonly digest?: boolean;
}

export interface DeliveryTime {
  readonly sendAt: Date;
  /** Send in the daily digest instead of on its own. */
  readonly digest: boolean;
  readonly why?: string;
}

/** When the daily digest goes out, London time. */
export const DIGEST_AT = '08:00';

// These cannot wait for a member's quiet hours or digest: §35 major incidents and press
// enquiries need the member now, and an invitation is only useful before the event.
const URGENT_KINDS: readonly EventKind[] = ['major_incident', 'press_enquiry'];

export function isUrgent(kind: EventKind, action: Action): boolean {
  return URGENT_KINDS.includes(kind) || action === 'invite';
}

/**
 * When one person's message goes, given the plan's send time and their preferences. Urgent
 * messages, cancellations and "no longer affects you" notices are never held back.
 */
export function deliveryTime(
  planned: Date,
  kind: EventKind,
  action: Action,
  change: 'new' | 'updated' | 'removed' | 'cancelled',
  prefs: DeliveryPreferences,
): DeliveryTime {
  if (isUrgent(kind, action) || change === 'removed' || change === 'cancelled')
    return { sendAt: planned, digest: false };
  if (prefs.digest) {
    const at = parseClock(DIGEST_AT) as number;
    const today = londonInstant(planned, at);
    return {
      sendAt: today.getTime() >= planned.getTime() ? today : londonInstant(planned, at, 1),
      digest: true,
      why: 'daily digest',
    };
  }
  const start = prefs.quietHoursStart ? parseClock(prefs.quietHoursStart) : undefined;
  const end = prefs.quietHoursEnd ? parseClock(prefs.quietHoursEnd) : undefined;
  if (start === undefined || end === undefined || start === end) return { sendAt: planned, digest: false };
  const now = londonWallClock(planned).minutes;
  // A window may cross midnight (22:00–07:00) or not (13:00–14:00).
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return { sendAt: planned, digest: false };
  const endsTomorrow = start > end && now >= start;
  return { sendAt: londonInstant(planned, end, endsTomorrow ? 1 : 0), digest: false, why: 'quiet hours' };
}
