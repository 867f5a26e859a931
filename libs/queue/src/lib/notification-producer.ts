import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  QUEUES,
  RETENTION,
  RETRY_POLICY,
  digestJobId,
  notificationJobId,
  type AnyJob,
} from './job-catalogue';

export interface OutboxRow {
  readonly id: string;
  readonly eventId: string;
  readonly eventVersion: number;
  readonly recipientKind: string;
  readonly recipientId: string;
}

/** Adds send jobs for outbox rows, in bulk, with deterministic ids. */
export class NotificationProducer {
  readonly queue: Queue<AnyJob>;

  /**
   * The connection's owner reports connection errors (ioredis emits them on the connection too);
   * without a listener here BullMQ would print each one, stack and all, to stderr.
   */
  constructor(connection: Redis, prefix: string, queueName: string = QUEUES.notifications) {
    this.queue = new Queue<AnyJob>(queueName, { connection, prefix });
    this.queue.on('error', () => undefined);
  }

  async enqueue(rows: readonly OutboxRow[], requestId?: string): Promise<void> {
    if (rows.length === 0) return;
    await this.queue.addBulk(
      rows.map((r) => ({
        name: 'send-notification',
        data: {
          notificationId: r.id,
          eventId: r.eventId,
          eventVersion: r.eventVersion,
          ...(requestId ? { requestId } : {}),
        },
        opts: {
          jobId: notificationJobId(r.eventId, r.eventVersion, r.recipientKind, r.recipientId),
          ...RETRY_POLICY,
          ...RETENTION,
        },
      })),
    );
  }

  /**
   * Hands stranded rows to the queue again. A row's job id is fixed, so a job that finished
   * (completed or failed) while its row still waits would make a plain add a no-op: such a job is
   * removed first. A job still waiting, delayed or running is left as it is.
   */
  async requeue(rows: readonly OutboxRow[]): Promise<number> {
    const finished = (
      await Promise.all(
        rows.map(async (r) => {
          const jobId = notificationJobId(r.eventId, r.eventVersion, r.recipientKind, r.recipientId);
          const state = await this.queue.getJobState(jobId);
          return state === 'completed' || state === 'failed' ? jobId : undefined;
        }),
      )
    ).filter((id): id is string => id !== undefined);
    for (const jobId of finished) await this.queue.remove(jobId);
    await this.enqueue(rows);
    return finished.length;
  }

  /** One digest job per member, with an id fixed by the member and the due time. */
  async enqueueDigests(list: readonly { recipientId: string; dueAt: Date }[]): Promise<void> {
    if (list.length === 0) return;
    await this.queue.addBulk(
      list.map((d) => ({
        name: 'send-digest',
        data: { recipientId: d.recipientId, dueAt: d.dueAt.toISOString() },
        opts: { jobId: digestJobId(d.recipientId, d.dueAt), ...RETRY_POLICY, ...RETENTION },
      })),
    );
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
