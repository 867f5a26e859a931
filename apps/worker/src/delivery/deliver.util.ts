import { UnrecoverableError } from 'bullmq';
import { NOTIFICATION_AUDIT, type NotificationRepository } from '@member-alerts/outbox';
import type { NotificationEntity } from '@member-alerts/persistence';
import type { DeliveryMetrics } from '../health/delivery-metrics';
import type { MailTransport, OutgoingMail } from '../mail/mail-transport';
import { classifyFailure, describeFailure } from './failure.util';

/**
 * Sends one e-mail for claimed rows and records the outcome on all of them: `sent` with the
 * Message-ID; a permanent refusal (5xx) or our own fault stops for good; anything transient is
 * rethrown so BullMQ retries it with backoff.
 */
export async function deliver(
  deps: { store: NotificationRepository; mail: MailTransport; metrics: DeliveryMetrics },
  rows: readonly NotificationEntity[],
  build: () => OutgoingMail,
  attempt: { made: number; max: number },
  extra: Record<string, unknown> = {},
): Promise<void> {
  const ids = rows.map((r) => r.id);
  const started = Date.now();
  try {
    const info = await deps.mail.send(build());
    await deps.store.markSent(ids, info.messageId, {
      messageId: info.messageId,
      response: info.response,
      attempt: attempt.made + 1,
      ...extra,
    });
    deps.metrics.sent(Date.now() - started);
  } catch (e) {
    const kind = classifyFailure(e);
    const reason = describeFailure(e);
    deps.metrics.failed(kind);
    if (kind !== 'transient') {
      await deps.store.markFailed(
        ids,
        kind === 'permanent' ? 'permanent-failure' : 'technical-failure',
        reason,
      );
      await deps.store.audit(rows, NOTIFICATION_AUDIT.failed, {
        class: kind,
        reason,
        attempt: attempt.made + 1,
        ...extra,
      });
      throw new UnrecoverableError(reason);
    }
    const last = attempt.made + 1 >= attempt.max;
    await deps.store.markFailed(
      ids,
      'temporary-failure',
      last ? `${reason} (gave up after ${attempt.max} attempts)` : reason,
    );
    await deps.store.audit(rows, last ? NOTIFICATION_AUDIT.failed : NOTIFICATION_AUDIT.retrying, {
      class: kind,
      reason,
      attempt: attempt.made + 1,
      ...extra,
    });
    throw e instanceof Error ? e : new Error(reason);
  }
}

export function quotedRecipient(name: string, email: string): string {
  return `"${name.replace(/["\\\r\n]/g, '')}" <${email}>`;
}

export function fromAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
