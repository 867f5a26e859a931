import type { NotificationStatus } from '@member-alerts/persistence';
import type { EntityManager } from 'typeorm';
import type { NewNotification } from '@member-alerts/protocol';

/** What the queue and the answer need of each stored row. */
export interface StoredNotification {
  readonly id: string;
  readonly eventId: string;
  readonly eventVersion: number;
  readonly recipientKind: 'member' | 'officer';
  readonly recipientId: string;
  readonly status: NotificationStatus;
  readonly digest: boolean;
  readonly sendAt: Date;
}

/** The audit line for each planned row: the first version names the action and time, later ones the change. */
const PLANNED_DETAILS = {
  first: `jsonb_build_object('version', n.event_version, 'to', n.recipient_name, 'action', n.action,
            'reasons', n.reasons, 'sendAt', to_char(n.send_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
  change: `jsonb_build_object('version', n.event_version, 'to', n.recipient_name, 'change', n.change, 'reasons', n.reasons)`,
} as const;

// Rows per statement: a countywide consultation for a large council is one statement per few thousand.
const CHUNK = 2_500;

/**
 * Stores the outbox rows and their "notification.planned" audit lines inside the caller's
 * transaction: one statement per chunk, the rows travelling as one JSON parameter, rather than an
 * INSERT and a RETURNING round trip per 500 entities and the audit lines sent back again from Node.
 */
export async function insertNotifications(
  m: EntityManager,
  rows: readonly NewNotification[],
  audit: { readonly actor: string; readonly details: keyof typeof PLANNED_DETAILS },
): Promise<StoredNotification[]> {
  const out: StoredNotification[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => ({
      event_id: r.eventId,
      event_version: r.eventVersion,
      recipient_kind: r.recipientKind,
      recipient_id: r.recipientId,
      recipient_name: r.recipientName,
      email: r.email,
      action: r.action,
      change: r.change,
      reasons: r.reasons,
      send_at: r.sendAt.toISOString(),
      digest: r.digest ?? false,
    }));
    const stored = await m.query<
      {
        id: string;
        event_id: string;
        event_version: number;
        recipient_kind: 'member' | 'officer';
        recipient_id: string;
        status: NotificationStatus;
        digest: boolean;
        send_at: Date;
      }[]
    >(
      `WITH n AS (
         INSERT INTO notifications (event_id, event_version, recipient_kind, recipient_id, recipient_name, email,
                                    action, change, reasons, send_at, digest)
         SELECT event_id, event_version, recipient_kind, recipient_id, recipient_name, email,
                action, change, reasons, send_at, digest
           FROM jsonb_to_recordset($1::jsonb) AS x(event_id uuid, event_version integer, recipient_kind text,
                recipient_id uuid, recipient_name text, email text, action text, change text, reasons jsonb,
                send_at timestamptz, digest boolean)
         RETURNING *
       ), planned AS (
         INSERT INTO audit_log (actor, action, event_id, notification_id, details)
         SELECT $2, 'notification.planned', n.event_id, n.id, ${PLANNED_DETAILS[audit.details]} FROM n
       )
       SELECT id, event_id, event_version, recipient_kind, recipient_id, status, digest, send_at FROM n`,
      [JSON.stringify(chunk), audit.actor],
    );
    for (const s of stored) {
      out.push({
        id: s.id,
        eventId: s.event_id,
        eventVersion: s.event_version,
        recipientKind: s.recipient_kind,
        recipientId: s.recipient_id,
        status: s.status,
        digest: s.digest,
        sendAt: s.send_at,
      });
    }
  }
  return out;
}
