import type { NotificationChange, NotificationEntity } from '@member-alerts/persistence';
import {
  deliveryTime,
  type DeliveryPreferences,
  type EventKind,
  type Plan,
  type Reason,
  type Recipient,
} from '@member-alerts/protocol';

export type NewNotification = Pick<
  NotificationEntity,
  | 'eventId'
  | 'eventVersion'
  | 'recipientKind'
  | 'recipientId'
  | 'recipientName'
  | 'email'
  | 'action'
  | 'change'
  | 'reasons'
  | 'sendAt'
> & { digest?: boolean };

export function notificationFor(
  eventId: string,
  version: number,
  r: Recipient,
  change: NotificationChange,
  sendAt: Date,
  reasons: readonly Reason[] = r.reasons,
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
    reasons: [...reasons],
    sendAt,
  };
}

/** One row per person the plan names, for the first version of an event. */
export function firstVersionRows(eventId: string, plan: Plan): NewNotification[] {
  const sendAt = new Date(plan.sendAt);
  return plan.recipients.map((r) => notificationFor(eventId, 1, r, 'new', sendAt));
}

const key = (r: { kind?: string; recipientKind?: string; id?: string; recipientId?: string }) =>
  `${r.kind ?? r.recipientKind}:${r.id ?? r.recipientId}`;

export interface PriorRecipient {
  recipientKind: 'member' | 'officer';
  recipientId: string;
  recipientName: string;
  email: string;
  action: 'invite' | 'notify' | 'inform';
  /** Whether any earlier version actually reached them. */
  reached: boolean;
}

/**
 * Rows for a new version after an edit: everyone affected now is told (an update for those who
 * heard before, a first notice for the rest), and everyone who heard before but is no longer
 * affected is told that it no longer concerns them.
 */
export function editRows(
  eventId: string,
  version: number,
  plan: Plan,
  prior: readonly PriorRecipient[],
): NewNotification[] {
  const sendAt = new Date(plan.sendAt);
  const before = new Map(prior.map((p) => [key(p), p]));
  const rows = plan.recipients.map((r) =>
    notificationFor(eventId, version, r, before.get(key(r))?.reached ? 'updated' : 'new', sendAt),
  );
  const now = new Set(plan.recipients.map(key));
  for (const p of prior) {
    if (now.has(key(p)) || !p.reached) continue;
    rows.push({
      eventId,
      eventVersion: version,
      recipientKind: p.recipientKind,
      recipientId: p.recipientId,
      recipientName: p.recipientName,
      email: p.email,
      action: p.action,
      change: 'removed',
      reasons: [],
      sendAt: new Date(),
    });
  }
  return rows;
}

/** Rows telling everyone who heard of the event that it is cancelled. */
export function cancellationRows(
  eventId: string,
  version: number,
  prior: readonly PriorRecipient[],
): NewNotification[] {
  return prior
    .filter((p) => p.reached)
    .map((p) => ({
      eventId,
      eventVersion: version,
      recipientKind: p.recipientKind,
      recipientId: p.recipientId,
      recipientName: p.recipientName,
      email: p.email,
      action: p.action,
      change: 'cancelled' as const,
      reasons: [],
      sendAt: new Date(),
    }));
}

/** Members' quiet hours and digest choice move non-urgent messages later; nothing else changes. */
export function withPreferences(
  rows: readonly NewNotification[],
  kind: EventKind,
  prefs: ReadonlyMap<string, DeliveryPreferences>,
): NewNotification[] {
  return rows.map((r) => {
    const p = r.recipientKind === 'member' ? prefs.get(r.recipientId) : undefined;
    if (!p) return r;
    const t = deliveryTime(r.sendAt, kind, r.action, r.change, p);
    return { ...r, sendAt: t.sendAt, digest: t.digest };
  });
}
