import type { EventEntity, NotificationEntity } from '@member-alerts/persistence';
import type { AlertEvent } from '@member-alerts/protocol';
import { BadInputError } from '../common/bad-input.error';

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

function whole(v: unknown, field: string, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const n = typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n)) {
    throw new BadInputError(`${field} must be a whole number`, [
      { field, message: 'must be a whole number' },
    ]);
  }
  return n;
}

export function pageOf(query: Readonly<Record<string, unknown>>): Page {
  return {
    limit: Math.min(Math.max(whole(query['limit'], 'limit', 50), 1), 200),
    offset: whole(query['offset'], 'offset', 0),
  };
}

// What a member may read of an event they were told of: what, when, where and whom to ask. Who else
// was told (the plan's recipients) stays with officers.
export const READER_FIELDS = [
  'description',
  'venue',
  'startsAt',
  'endsAt',
  'opensAt',
  'closesAt',
  'respondBy',
  'contact',
  'link',
  'location',
  'crs',
] as const satisfies readonly (keyof AlertEvent)[];

export function readerDetails(e: EventEntity) {
  const payload = e.payload;
  const plan = e.plan;
  const details: Partial<Pick<AlertEvent, (typeof READER_FIELDS)[number]>> = {};
  for (const k of READER_FIELDS) if (payload[k] !== undefined) Object.assign(details, { [k]: payload[k] });
  return {
    ...details,
    countywide: plan.countywide ?? false,
    affectedDivisions: plan.affectedDivisions ?? [],
    adjoiningDivisions: plan.adjoiningAlerted ? (plan.adjoiningDivisions ?? []) : [],
  };
}

export function eventSummary(e: EventEntity | undefined, eventId: string) {
  // The event row always exists (rows are written with it); the fallback keeps the answer whole.
  return e
    ? {
        id: e.id,
        kind: e.kind,
        title: e.title,
        status: e.status,
        currentVersion: e.version,
        details: readerDetails(e),
      }
    : { id: eventId, kind: null, title: null, status: null, currentVersion: null, details: null };
}

/** One alert as the member it went to sees it: what, which version, what changed, and why them. */
export function alertView(n: NotificationEntity, e: EventEntity | undefined) {
  return {
    id: n.id,
    event: eventSummary(e, n.eventId),
    version: n.eventVersion,
    change: n.change,
    action: n.action,
    reasons: n.reasons,
    sendAt: n.sendAt,
    status: n.status,
    sentAt: n.sentAt,
    acknowledgedAt: n.acknowledgedAt,
  };
}

export function escalationView(n: NotificationEntity, e: EventEntity | undefined) {
  return {
    ...alertView(n, e),
    recipient: { kind: n.recipientKind, id: n.recipientId, name: n.recipientName },
  };
}
