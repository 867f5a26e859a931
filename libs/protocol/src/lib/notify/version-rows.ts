import { deliveryTime, type DeliveryPreferences } from '../delivery/delivery-time';
import type { Action, KindPolicy, PreElectionPeriod } from '../policy/policy.types';
import type { Plan, Reason, Recipient } from '../plan/plan.types';

/** Why this version reaches the person: first notice, an update, no longer affected, or cancelled. */
export type NotificationChange = 'new' | 'updated' | 'removed' | 'cancelled';

/** What one version of an event means for one person: the row the outbox stores. */
export interface NewNotification {
  readonly eventId: string;
  readonly eventVersion: number;
  readonly recipientKind: 'member' | 'officer';
  readonly recipientId: string;
  readonly recipientName: string;
  readonly email: string;
  /** Unset: an e-mail. A text goes to the member's mobile number as well as the e-mail. */
  readonly channel?: 'email' | 'sms';
  readonly mobile?: string;
  readonly action: Action;
  readonly change: NotificationChange;
  readonly reasons: Reason[];
  readonly sendAt: Date;
  /** Goes out in the member's daily digest rather than on its own. */
  readonly digest?: boolean;
  /** Held for democratic services to release or withdraw: the pre-election period it falls in. */
  readonly heldFor?: PreElectionPeriod;
}

/** Someone an earlier version of the event named. */
export interface PriorRecipient {
  readonly recipientKind: 'member' | 'officer';
  readonly recipientId: string;
  readonly recipientName: string;
  readonly email: string;
  readonly action: Action;
  /** Whether any earlier version actually reached them. */
  readonly reached: boolean;
}

function notificationFor(
  eventId: string,
  version: number,
  r: Recipient,
  change: NotificationChange,
  sendAt: Date,
): NewNotification {
  return {
    eventId,
    eventVersion: version,
    recipientKind: r.kind,
    recipientId: r.id,
    recipientName: r.name,
    email: r.email,
    action: r.action,
    change,
    reasons: [...r.reasons],
    sendAt,
  };
}

/** A notice to someone who heard before: it goes at once and gives no reasons. */
function noticeTo(
  eventId: string,
  version: number,
  p: PriorRecipient,
  change: 'removed' | 'cancelled',
  now: Date,
): NewNotification {
  return {
    eventId,
    eventVersion: version,
    recipientKind: p.recipientKind,
    recipientId: p.recipientId,
    recipientName: p.recipientName,
    email: p.email,
    action: p.action,
    change,
    reasons: [],
    sendAt: now,
  };
}

/** One row per person the plan names, for the first version of an event. */
export function firstVersionRows(eventId: string, plan: Plan): NewNotification[] {
  const sendAt = new Date(plan.sendAt);
  return plan.recipients.map((r) => notificationFor(eventId, 1, r, 'new', sendAt));
}

const personKey = (kind: string, id: string) => `${kind}:${id}`;

/**
 * Rows for a new version after an edit: everyone affected now is told (an update for those who
 * heard before, a first notice for the rest), and everyone who heard before but is no longer
 * affected is told, at `now`, that it no longer concerns them.
 */
export function editRows(
  eventId: string,
  version: number,
  plan: Plan,
  prior: readonly PriorRecipient[],
  now: Date,
): NewNotification[] {
  const sendAt = new Date(plan.sendAt);
  const before = new Map(prior.map((p) => [personKey(p.recipientKind, p.recipientId), p]));
  const rows = plan.recipients.map((r) =>
    notificationFor(
      eventId,
      version,
      r,
      before.get(personKey(r.kind, r.id))?.reached ? 'updated' : 'new',
      sendAt,
    ),
  );
  const named = new Set(plan.recipients.map((r) => personKey(r.kind, r.id)));
  for (const p of prior) {
    if (named.has(personKey(p.recipientKind, p.recipientId)) || !p.reached) continue;
    rows.push(noticeTo(eventId, version, p, 'removed', now));
  }
  return rows;
}

/** Rows telling everyone who heard of the event, at `now`, that it is cancelled. */
export function cancellationRows(
  eventId: string,
  version: number,
  prior: readonly PriorRecipient[],
  now: Date,
): NewNotification[] {
  return prior.filter((p) => p.reached).map((p) => noticeTo(eventId, version, p, 'cancelled', now));
}

/** What a kind's rules say of delivery: urgent or not, and whether it also goes by text. */
export type DeliveryRule = Pick<KindPolicy, 'urgent' | 'text'> | undefined;

/**
 * Members' preferences: quiet hours and the daily digest move non-urgent messages later, and for a
 * kind the council's rules also send by text, a member who gave a mobile number gets a text row
 * besides the e-mail. A text never waits for the daily digest (it would arrive with the e-mail);
 * quiet hours hold it unless the kind is urgent. "No longer affects you" goes by e-mail only.
 */
export function withPreferences(
  rows: readonly NewNotification[],
  kind: DeliveryRule,
  prefs: ReadonlyMap<string, DeliveryPreferences>,
): NewNotification[] {
  return rows.flatMap((r) => {
    const p = r.recipientKind === 'member' ? prefs.get(r.recipientId) : undefined;
    if (!p) return [r];
    const t = deliveryTime(r.sendAt, kind, r.action, r.change, p);
    const email = { ...r, sendAt: t.sendAt, digest: t.digest };
    if (!kind?.text || !p.mobile || r.channel === 'sms' || r.change === 'removed') return [email];
    const now = deliveryTime(r.sendAt, kind, r.action, r.change, { ...p, digest: false });
    return [email, { ...r, channel: 'sms' as const, mobile: p.mobile, sendAt: now.sendAt, digest: false }];
  });
}
