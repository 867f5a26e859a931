import { type NotificationRepository, type StoredNotification } from '@member-alerts/outbox';
import { EventEntity, EventVersionEntity } from '@member-alerts/persistence';
import {
  withHolds,
  withPreferences,
  type AlertEvent,
  type EventKind,
  type NewNotification,
  type Plan,
  type Policy,
} from '@member-alerts/protocol';
import type { EntityManager } from 'typeorm';
import { appendAudit, planRules } from './audit.util';
import { loadPreferences } from './preferences.util';

/** Where an event came from, when a council system sent it with its own reference. */
export interface EventOrigin {
  readonly source: string;
  readonly sourceRef: string;
}

/**
 * One version of an event, worked out before the transaction: its id was made by the caller
 * (`randomUUID()`), its plan already names it, and its rows are those the protocol gives, before
 * members' delivery preferences and pre-election holds.
 */
export interface VersionToWrite {
  readonly eventId: string;
  /** 1 for a new event; otherwise the version after the one the caller holds locked. */
  readonly version: number;
  readonly councilId: string;
  readonly kind: EventKind;
  readonly title: string;
  readonly status: 'active' | 'cancelled';
  readonly payload: AlertEvent;
  readonly plan: Plan;
  readonly generationId: string;
  /** What changed, in words; none for version 1. */
  readonly changes: readonly string[];
  readonly rows: readonly NewNotification[];
  /** The rules the event was registered under: its quiet hours, daily summary and holds follow them. */
  readonly policy: Policy;
  /** Who made the version, for the version and the audit trail. */
  readonly actor: string;
  /** Version 1 only: the council system and reference it came with. */
  readonly origin?: EventOrigin | null;
}

function auditOf(v: VersionToWrite, recipients: number) {
  if (v.version === 1)
    return {
      action: 'event.registered',
      details: {
        version: 1,
        kind: v.kind,
        title: v.title,
        ...planRules(v.plan),
        recipients,
        excluded: v.plan.excluded ?? [],
        ...(v.origin ?? {}),
      },
    };
  return {
    action: v.status === 'cancelled' ? 'event.cancelled' : 'event.edited',
    details: { version: v.version, changes: v.changes, recipients, ...planRules(v.plan) },
  };
}

/**
 * The one writer of events, their versions, their audit lines and their outbox rows. Version 1 is
 * an ordinary version: the event row is inserted once, whole; a later one updates the row the
 * caller has locked. Everything is written in the caller's transaction; nothing is queued here.
 */
export class EventWriter {
  constructor(private readonly notifications: NotificationRepository) {}

  async writeVersion(m: EntityManager, v: VersionToWrite): Promise<StoredNotification[]> {
    const head = {
      version: v.version,
      status: v.status,
      title: v.title,
      payload: v.payload,
      plan: v.plan,
      generationId: v.generationId,
    };
    if (v.version === 1) {
      await m.insert(EventEntity, {
        id: v.eventId,
        councilId: v.councilId,
        kind: v.kind,
        createdBy: v.actor,
        source: v.origin?.source ?? null,
        sourceRef: v.origin?.sourceRef ?? null,
        ...head,
      });
    } else {
      await m.update(EventEntity, { id: v.eventId }, head);
    }
    await m.insert(EventVersionEntity, {
      eventId: v.eventId,
      version: v.version,
      payload: v.payload,
      plan: v.plan,
      changes: [...v.changes],
      createdBy: v.actor,
    });
    const prefs = await loadPreferences(
      m,
      v.rows.map((r) => r.recipientId),
    );
    const rows = withHolds(withPreferences(v.rows, v.policy.kinds[v.kind], prefs), v.plan, v.policy);
    const audit = auditOf(v, rows.length);
    await appendAudit(m, [{ actor: v.actor, eventId: v.eventId, ...audit }]);
    return this.notifications.insert(m, rows, {
      actor: v.actor,
      details: v.version === 1 ? 'first' : 'change',
    });
  }
}
