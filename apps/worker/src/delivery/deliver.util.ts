import { UnrecoverableError } from 'bullmq';
import { NOTIFICATION_AUDIT, type NotificationRepository } from '@member-alerts/outbox';
import type { NotificationEntity } from '@member-alerts/persistence';
import type { DeliveryMetrics } from '../health/delivery-metrics';
import type { MailTransport, OutgoingMail } from '../mail/mail-transport';
import {
  classifyFailure,
  describeFailure,
  isRelayBusy,
  RelayBusyError,
  type FailureClass,
} from './failure.util';

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
 * One SMTP conversation with its outcome recorded, for alerts and sign-in links alike: `sent` once
 * the server accepts it; a permanent refusal (5xx) or our own fault stops for good; a busy relay
 * (421/451) pauses the worker without using an attempt; anything else transient is rethrown so
 * BullMQ retries it with backoff.
 */
export async function sendRecorded(
  deps: { mail: MailTransport; metrics: DeliveryMetrics },
  build: () => OutgoingMail,
  attempt: { made: number; max: number },
  record: {
    sent(info: { messageId: string; response: string }, attempt: number): Promise<void>;
    failed(f: Failure): Promise<void>;
  },
): Promise<void> {
  const started = Date.now();
  try {
    const info = await deps.mail.send(build());
    await record.sent(info, attempt.made + 1);
    deps.metrics.sent(Date.now() - started);
  } catch (e) {
    const kind = classifyFailure(e);
    const reason = describeFailure(e);
    deps.metrics.failed(kind);
    const busy = isRelayBusy(e);
    const last = !busy && (kind !== 'transient' || attempt.made + 1 >= attempt.max);
    await record.failed({ kind, reason, attempt: attempt.made + 1, last });
    if (busy) throw new RelayBusyError(reason);
    if (kind !== 'transient') throw new UnrecoverableError(reason);
    throw e instanceof Error ? e : new Error(reason);
  }
}

/** Sends one e-mail for claimed notification rows and records the outcome on all of them. */
export async function deliver(
  deps: { store: NotificationRepository; mail: MailTransport; metrics: DeliveryMetrics },
  rows: readonly NotificationEntity[],
  build: () => OutgoingMail,
  attempt: { made: number; max: number },
  extra: Record<string, unknown> = {},
): Promise<void> {
  const ids = rows.map((r) => r.id);
  await sendRecorded(deps, build, attempt, {
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

export function quotedRecipient(name: string, email: string): string {
  return `"${name.replace(/["\\\r\n]/g, '')}" <${email}>`;
}

export function fromAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** Whom to ask about an event registered before events named a contact: the sender. */
export function senderAsContact(from: string): { name: string; email: string } {
  return { name: 'Member Alerts', email: fromAddress(from) };
}
