// The one catalogue of queue jobs, shared by the API (producer) and the worker (consumer).

/** Queue names. Keys are hash-tagged through the prefix so every key of a queue lands in one Redis Cluster slot. */
export const QUEUES = { notifications: 'notifications' } as const;

export const DEFAULT_QUEUE_PREFIX = '{member-alerts}';

export type JobName = 'send-notification' | 'send-digest' | 'send-sign-in-link';

export interface SendNotificationJob {
  readonly notificationId: string;
  readonly eventId: string;
  readonly eventVersion: number;
  /** Carried from the HTTP request that caused it, for the logs. */
  readonly requestId?: string;
}

/** One e-mail listing every digest notification of one member that has fallen due. */
export interface SendDigestJob {
  readonly recipientId: string;
  /** The latest due time it covers, ISO 8601. */
  readonly dueAt: string;
}

/** The one e-mail carrying a sign-in link (a row of sign_in_links). */
export interface SendSignInLinkJob {
  readonly linkId: string;
}

export interface JobPayloads {
  'send-notification': SendNotificationJob;
  'send-digest': SendDigestJob;
  'send-sign-in-link': SendSignInLinkJob;
}

export type AnyJob = JobPayloads[JobName];

export function digestJobId(recipientId: string, dueAt: Date): string {
  return `d-${recipientId}-${Math.floor(dueAt.getTime() / 60_000)}`;
}

export function signInLinkJobId(linkId: string): string {
  return `s-${linkId}`;
}

/**
 * Deterministic: the same (event, version, person) always has the same job id, so a repeated
 * enqueue while the job exists is a no-op. BullMQ job ids may not contain ":".
 */
export function notificationJobId(
  eventId: string,
  eventVersion: number,
  recipientKind: string,
  recipientId: string,
): string {
  return `n-${eventId}-v${eventVersion}-${recipientKind}-${recipientId}`;
}

/**
 * Retry policy, in one place. Transient SMTP failures retry up to `attempts` times; the worker
 * computes each delay (`backoffDelay`), so one setting (RETRY_DELAY_MS) tunes every job already
 * queued. With the default 30 s first delay, ten attempts span about 8.5 hours.
 */
export const RETRY_POLICY = {
  attempts: 10,
  backoff: { type: 'member-alerts' },
} as const;

/** Exponential backoff: base, 2×base, 4×base, … */
export function backoffDelay(attemptsMade: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attemptsMade - 1);
}

/**
 * BullMQ priorities (a lower number goes first). Every job carries one, because BullMQ takes jobs
 * without a priority ahead of all prioritized ones: an urgent alert (the protocol's `isUrgent`)
 * overtakes a consultation for the whole area already queued; a sign-in link has a person waiting at the
 * sign-in page, so it goes ahead too.
 */
export const PRIORITY = { urgent: 1, routine: 10 } as const;

/** Failed jobs stay visible for a fortnight; completed ones for a day (PostgreSQL keeps the record). */
export const RETENTION = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
