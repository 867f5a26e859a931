import { AuditLogEntity } from '@member-alerts/persistence';
import { revisionInWords, type Plan } from '@member-alerts/protocol';
import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  actor: string;
  action: string;
  eventId?: string | null;
  notificationId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction. */
export async function appendAudit(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  for (let i = 0; i < entries.length; i += 500) {
    await manager.insert(
      AuditLogEntity,
      entries.slice(i, i + 500).map((e) => ({
        actor: e.actor,
        action: e.action,
        eventId: e.eventId ?? null,
        notificationId: e.notificationId ?? null,
        details: e.details ?? {},
      })),
    );
  }
}

/** An audit line's words for the revision of the council's rules a plan was made under. */
export function planRules(plan: Plan): Record<string, unknown> {
  return plan.revision
    ? { revision: plan.revision.number, rules: `Planned under ${revisionInWords(plan.revision)}` }
    : {};
}
