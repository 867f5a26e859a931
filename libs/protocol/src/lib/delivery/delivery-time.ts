import type { Action, KindPolicy } from '../policy/policy.types';
import { londonInstant, londonWallClock, parseClock } from './london-time.util';

export interface DeliveryPreferences {
  /** London time, "HH:MM". Both or neither. */
  readonly quietHoursStart?: string | null;
  readonly quietHoursEnd?: string | null;
  readonly digest?: boolean;
  /** A UK mobile number (+447…), for kinds that also go by text. */
  readonly mobile?: string | null;
}

export interface DeliveryTime {
  readonly sendAt: Date;
  /** Send in the daily digest instead of on its own. */
  readonly digest: boolean;
  readonly why?: string;
}

/** When the daily digest goes out, London time. */
export const DIGEST_AT = '08:00';

/** The kind's rule as the council's policy gives it; absent for a kind the policy no longer has. */
export type UrgentRule = Pick<KindPolicy, 'urgent'> | undefined;

// What cannot wait for a member's quiet hours or digest is the council's call, kind by kind
// (`urgent:` in its policy file); an invitation is only useful before the event, whatever the kind.
export function isUrgent(kind: UrgentRule, action: Action): boolean {
  return kind?.urgent === true || action === 'invite';
}

/**
 * When one person's message goes, given the plan's send time and their preferences. Urgent
 * messages, cancellations and "no longer affects you" notices are never held back.
 */
export function deliveryTime(
  planned: Date,
  kind: UrgentRule,
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
