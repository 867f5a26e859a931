// The one catalogue of queue jobs, shared by the API (producer) and the worker (consumer).

/** Queue names. Keys are hash-tagged through the prefix so every key of a queue lands in one Redis Cluster slot. */
export const QUEUES = { notifications: 'notifications' } as const;

export const DEFAULT_QUEUE_PREFIX = '{member-alerts}';

export type JobName = 'send-notification';

export interface SendNotificationJob {
  readonly notificationId: string;
  readonly eventId: string;
  readonly eventVersion: number;
  /** Carried from the HTTP request that caused it, for the logs. */
  readonly requestId?: string;
}

export interface JobPayloads {
  'send-notification': SendNotificationJob;
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

/** Retry policy, in one place: transient SMTP failures back off exponentially for about 8.5 hours. */
export const RETRY_POLICY = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 30_000 },
} as const;

/** Failed jobs stay visible for a fortnight; completed ones for a day (PostgreSQL keeps the record). */
export const RETENTION = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
