import { Queue } from 'bullmq';
import {
  PRIORITY,
  QUEUES,
  RETENTION,
  RETRY_POLICY,
  digestJobId,
  notificationJobId,
  signInLinkJobId,
  type AnyJob,
} from './job-catalogue';
import type { RedisClient } from './redis-connection';

export interface OutboxRow {
  readonly id: string;
  readonly eventId: string;
  readonly eventVersion: number;
  readonly recipientKind: string;
  readonly recipientId: string;
  /** The protocol's `isUrgent` for this row's event and action: it goes ahead of routine alerts. */
  readonly urgent?: boolean;
}

/** Redis is away or did not answer in time: the rows wait in PostgreSQL for the sweeper. */
export class QueueUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueUnavailableError';
  }
}

/**
 * How long one call to Redis may take before the caller moves on without it. A healthy Redis takes
 * a few milliseconds per thousand jobs; a caller serving a request passes a shorter bound.
 */
export const QUEUE_TIMEOUT_MS = 10_000;

/**
 * Adds send jobs for outbox rows, in bulk, with deterministic ids. Every call fails fast when
 * Redis is away: BullMQ itself waits for a connection that has never been ready, for ever, and a
 * caller holding a request (or a transaction) must not wait with it.
 */
export class NotificationProducer {
  readonly queue: Queue<AnyJob>;

  /**
   * The connection's owner reports connection errors (ioredis emits them on the connection too);
   * without a listener here BullMQ would print each one, stack and all, to stderr.
   */
  constructor(
    private readonly connection: RedisClient,
    prefix: string,
    queueName: string = QUEUES.notifications,
    private readonly timeoutMs: number = QUEUE_TIMEOUT_MS,
  ) {
    this.queue = new Queue<AnyJob>(queueName, { connection, prefix });
    this.queue.on('error', () => undefined);
  }

  /** Whether Redis is connected now; when it is not, every call below fails at once. */
  get available(): boolean {
    return this.connection.status === 'ready';
  }

  /** Runs one call against Redis, or fails with QueueUnavailableError: at once when it is away, else after the timeout. */
  async bounded<T>(work: () => Promise<T>): Promise<T> {
    if (!this.available)
      throw new QueueUnavailableError(`Redis is not connected (${this.connection.status})`);
    const running = work();
    // After the timeout nobody waits for the outcome; a late failure must not go unhandled.
    running.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new QueueUnavailableError(`Redis did not answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([running, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async enqueue(rows: readonly OutboxRow[], requestId?: string): Promise<void> {
    if (rows.length === 0) return;
    await this.bounded(() => this.add(rows, requestId));
  }

  private async add(rows: readonly OutboxRow[], requestId?: string): Promise<void> {
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
          priority: r.urgent ? PRIORITY.urgent : PRIORITY.routine,
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
    if (rows.length === 0) return 0;
    return this.bounded(() => this.replace(rows));
  }

  private async replace(rows: readonly OutboxRow[]): Promise<number> {
    const removed = await this.removeFinished(
      rows.map((r) => notificationJobId(r.eventId, r.eventVersion, r.recipientKind, r.recipientId)),
    );
    await this.add(rows);
    return removed;
  }

  /** Removes the jobs among these that have finished, so that adding them again makes new ones. */
  private async removeFinished(jobIds: readonly string[]): Promise<number> {
    const finished = (
      await Promise.all(
        jobIds.map(async (jobId) => {
          const state = await this.queue.getJobState(jobId);
          return state === 'completed' || state === 'failed' ? jobId : undefined;
        }),
      )
    ).filter((id): id is string => id !== undefined);
    for (const jobId of finished) await this.queue.remove(jobId);
    return finished.length;
  }

  /** One digest job per member, with an id fixed by the member and the due time. */
  async enqueueDigests(list: readonly { recipientId: string; dueAt: Date }[]): Promise<void> {
    if (list.length === 0) return;
    await this.bounded(() =>
      this.queue.addBulk(
        list.map((d) => ({
          name: 'send-digest',
          data: { recipientId: d.recipientId, dueAt: d.dueAt.toISOString() },
          opts: {
            jobId: digestJobId(d.recipientId, d.dueAt),
            priority: PRIORITY.routine,
            ...RETRY_POLICY,
            ...RETENTION,
          },
        })),
      ),
    );
  }

  /**
   * One job per sign-in link e-mail. A job that finished while its row still waits (Redis lost track,
   * or the sweeper finds it stranded) is replaced, as for notifications.
   */
  async enqueueSignInLinks(linkIds: readonly string[]): Promise<void> {
    if (linkIds.length === 0) return;
    await this.bounded(async () => {
      await this.removeFinished(linkIds.map(signInLinkJobId));
      await this.queue.addBulk(
        linkIds.map((linkId) => ({
          name: 'send-sign-in-link',
          data: { linkId },
          opts: {
            jobId: signInLinkJobId(linkId),
            priority: PRIORITY.urgent,
            ...RETRY_POLICY,
            ...RETENTION,
          },
        })),
      );
    });
  }

  /** Whether Redis answers a PING within the timeout (readiness checks). */
  async ping(): Promise<boolean> {
    return this.bounded(() => this.connection.ping()).then(
      (r) => r === 'PONG',
      () => false,
    );
  }

  async close(): Promise<void> {
    // A queue whose connection was never ready can wait for it on close too; shutdown must not.
    await Promise.race([this.queue.close(), new Promise((r) => setTimeout(r, this.timeoutMs).unref())]);
  }
}
