import { NotificationEntity } from '@member-alerts/persistence';
import type { EntityManager } from 'typeorm';
import type { PriorRecipient } from '@member-alerts/protocol';

const REACHED = ['sending', 'sent', 'acknowledged', 'temporary-failure'];

/**
 * Everyone any earlier version named, with whether a message reached (or may be reaching) them.
 * Rows of earlier versions that have not gone yet are superseded: the new version replaces them.
 */
export async function supersedePending(
  m: EntityManager,
  eventId: string,
  newVersion: number,
): Promise<PriorRecipient[]> {
  const rows = await m.find(NotificationEntity, { where: { eventId }, order: { eventVersion: 'ASC' } });
  const people = new Map<string, PriorRecipient>();
  for (const r of rows) {
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
  await m
    .createQueryBuilder()
    .update(NotificationEntity)
    .set({ status: 'cancelled', lastError: `superseded by version ${newVersion}` })
    .where('event_id = :eventId AND status IN (:...pending)', { eventId, pending: ['created', 'queued'] })
    .execute();
  return [...people.values()];
}
