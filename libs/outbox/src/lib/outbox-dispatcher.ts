import type { NotificationProducer, OutboxRow } from '@member-alerts/queue';
import type { EntityManager } from 'typeorm';
import type { NotificationRepository } from './notification.repository';
import type { DueRow } from './notification-row';

/** Redis did not take the rows (they stay as they were); the message is the queue's own. */
export class NotQueuedError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'NotQueuedError';
  }
}

/**
 * Hands stored rows to the queue: enqueue, then mark queued, so a row is `queued` only once Redis
 * holds its job. Used by the API after its transaction commits and by the worker's sweeper.
 */
export class OutboxDispatcher {
  constructor(
    private readonly producer: NotificationProducer,
    private readonly notifications: NotificationRepository,
  ) {}

  /**
   * One job per row, with deterministic ids. `m` is the caller's transaction, if any. Fails with
   * NotQueuedError when Redis does not take them; anything else is PostgreSQL's failure.
   */
  async dispatch(
    rows: readonly OutboxRow[],
    options: { readonly requestId?: string; readonly m?: EntityManager } = {},
  ): Promise<void> {
    await this.producer.enqueue(rows, options.requestId).catch((e: unknown) => {
      throw new NotQueuedError(e);
    });
    await this.notifications.markQueued(
      rows.map((r) => r.id),
      options.m,
    );
  }

  /**
   * §26 "as early as possible" gives way only to the member's own choice of a daily digest: one
   * job, and one e-mail, per member for everything that has fallen due.
   */
  async dispatchDigests(rows: readonly DueRow[], m?: EntityManager): Promise<void> {
    const digests = new Map<string, Date>();
    for (const r of rows) digests.set(r.recipientId, new Date());
    await this.producer
      .enqueueDigests([...digests].map(([recipientId, dueAt]) => ({ recipientId, dueAt })))
      .catch((e: unknown) => {
        throw new NotQueuedError(e);
      });
    await this.notifications.markQueued(
      rows.filter((r) => r.status === 'created').map((r) => r.id),
      m,
    );
  }
}
