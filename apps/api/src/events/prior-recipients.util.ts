import { REACHED, type NotificationRepository } from '@member-alerts/outbox';
import type { EntityManager } from 'typeorm';
import type { PriorRecipient } from '@member-alerts/protocol';

/** Everyone any earlier version named, with whether a message reached (or may be reaching) them. */
export async function priorRecipients(
  notifications: NotificationRepository,
  m: EntityManager,
  eventId: string,
): Promise<PriorRecipient[]> {
  const rows = await notifications.ofEvent(eventId, m);
  const people = new Map<string, PriorRecipient>();
  for (const r of rows) {
    // An erased former member: nobody is left to tell of a change.
    if (r.email === '') continue;
    const k = `${r.recipientKind}:${r.recipientId}`;
    const reached = REACHED.includes(r.status) || (people.get(k)?.reached ?? false);
    // A removal or cancellation notice is not a reason to tell them again.
    if (r.change === 'removed' || r.change === 'cancelled') {
      people.delete(k);
      continue;
    }
    people.set(k, {
      recipientKind: r.recipientKind,
      recipientId: r.recipientId,
      recipientName: r.recipientName,
      email: r.email,
      action: r.action,
      reached,
    });
  }
  return [...people.values()];
}
