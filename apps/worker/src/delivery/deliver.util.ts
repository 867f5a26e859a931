import { UnrecoverableError } from 'bullmq';
import { NOTIFICATION_AUDIT, type NotificationRepository } from '@member-alerts/outbox';
import type { NotificationEntity } from '@member-alerts/persistence';
import type { Message } from '@member-alerts/render';
import type { Channel, FailureVerdict, SendAttempt } from '../channels/channel';
import type { DeliveryMetrics } from '../health/delivery-metrics';

/** How a failure is recorded: retried later, or never (refused, or our own fault). */
export type FailureClass = 'transient' | 'permanent' | 'technical';

function failureClass(f: FailureVerdict): FailureClass {
  if (f.verdict !== 'permanent') return 'transient';
  return f.cause === 'refused' ? 'permanent' : 'technical';
}

/** Thrown by a send the channel turned away for now; the worker pauses and takes the job again later. */
export class RelayBusyError extends Error {
  constructor(
    reason: string,
    readonly delayMs: number,
  ) {
    super(reason);
    this.name = 'RelayBusyError';
  }
}

/** What became of one attempt to send, for the store that records it. */
export interface Failure {
  readonly kind: FailureClass;
  readonly reason: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** No retry follows: a permanent or technical failure, or the last attempt. */
  readonly last: boolean;
}

/**
 * One send through the channel with its outcome recorded, for alerts and sign-in links alike: `sent`
 * once the service accepts it; a permanent refusal or our own fault stops for good; a busy service
 * pauses the worker without using an attempt; anything else transient is rethrown so BullMQ retries
 * it with backoff. What a failure is, the channel says.
 */
export async function sendRecorded(
  deps: { channel: Channel; metrics: DeliveryMetrics },
  build: () => Message,
  attempt: { made: number; max: number } & Partial<SendAttempt>,
  record: {
    sent(info: { messageId: string; response: string }, attempt: number): Promise<void>;
    failed(f: Failure): Promise<void>;
  },
): Promise<void> {
  const started = Date.now();
  try {
    const info = await deps.channel.send(build(), { mayHaveGone: attempt.mayHaveGone ?? false });
    await record.sent(info, attempt.made + 1);
    deps.metrics.sent(Date.now() - started);
  } catch (e) {
    const verdict = deps.channel.classify(e);
    const kind = failureClass(verdict);
    const reason = verdict.reason;
    deps.metrics.failed(kind);
    const busy = verdict.verdict === 'rate-limited';
    const last = !busy && (kind !== 'transient' || attempt.made + 1 >= attempt.max);
    await record.failed({ kind, reason, attempt: attempt.made + 1, last });
    if (verdict.verdict === 'rate-limited') throw new RelayBusyError(reason, verdict.delayMs);
    if (kind !== 'transient') throw new UnrecoverableError(reason);
    throw e instanceof Error ? e : new Error(reason);
  }
}

/** Sends one e-mail for claimed notification rows and records the outcome on all of them. */
export async function deliver(
  deps: { store: NotificationRepository; channel: Channel; metrics: DeliveryMetrics },
  rows: readonly NotificationEntity[],
  build: () => Message,
  attempt: { made: number; max: number },
  extra: Record<string, unknown> = {},
): Promise<void> {
  const ids = rows.map((r) => r.id);
  // Each claim counts an attempt: a row claimed before may have reached the service already.
  const mayHaveGone = rows.some((r) => r.attempts > 1);
  await sendRecorded(deps, build, { ...attempt, mayHaveGone }, {
    sent: (info, n) =>
      deps.store.markSent(ids, info.messageId, {
        messageId: info.messageId,
        response: info.response,
        attempt: n,
        ...extra,
      }),
    failed: async (f) => {
      const transient = f.kind === 'transient';
      await deps.store.markFailed(
        ids,
        transient ? 'temporary-failure' : f.kind === 'permanent' ? 'permanent-failure' : 'technical-failure',
        transient && f.last ? `${f.reason} (gave up after ${attempt.max} attempts)` : f.reason,
      );
      await deps.store.audit(rows, f.last ? NOTIFICATION_AUDIT.failed : NOTIFICATION_AUDIT.retrying, {
        class: f.kind,
        reason: f.reason,
        attempt: f.attempt,
        ...extra,
      });
    },
  });
}
