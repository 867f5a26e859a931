import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  NotQueuedError,
  NotificationRepository,
  OutboxDispatcher,
  SignInLinkRepository,
} from '@member-alerts/outbox';
import type { NotificationEntity } from '@member-alerts/persistence';
import { isUrgent, type UrgentRule } from '@member-alerts/protocol';
import {
  describeRedis,
  NotificationProducer,
  QUEUES,
  redisConnection,
  type OutboxRow,
  type RedisClient,
  type RedisTarget,
} from '@member-alerts/queue';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** What dispatching needs of a stored row. */
export type DispatchRow = OutboxRow & Pick<NotificationEntity, 'action' | 'status' | 'digest' | 'sendAt'>;

/** Jobs per addBulk call. */
const DISPATCH_CHUNK = 1_000;
/**
 * The longest a request waits for Redis to take one chunk (normally tens of milliseconds). A
 * Redis that is away fails at once; one that hangs costs the caller this long, then its rows wait.
 */
const HAND_OVER_TIMEOUT_MS = 1_000;

/**
 * Hands committed outbox rows to the queue. It runs after the transaction commits; if Redis is
 * away the rows stay `created` and the worker's sweeper sends them later, so nothing is lost.
 */
@Injectable()
export class DispatchService implements OnApplicationShutdown {
  private readonly logger = new Logger(DispatchService.name);
  readonly redis: RedisClient;
  private readonly target: RedisTarget;
  private readonly producer: NotificationProducer;
  private readonly outbox: OutboxDispatcher;
  private lastRedisComplaint = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    notifications: NotificationRepository,
    private readonly links: SignInLinkRepository,
  ) {
    this.target = { url: config.redisUrl, clusterNodes: config.redisClusterNodes };
    this.redis = redisConnection(this.target, 'producer', (times) => Math.min(times * 500, 5_000));
    this.redis.on('error', (e: Error) => this.complain(e));
    this.producer = new NotificationProducer(
      this.redis,
      config.queuePrefix,
      QUEUES.notifications,
      HAND_OVER_TIMEOUT_MS,
    );
    this.outbox = new OutboxDispatcher(this.producer, notifications);
  }

  private complain(e: Error): void {
    if (Date.now() - this.lastRedisComplaint < 60_000) return;
    this.lastRedisComplaint = Date.now();
    this.logger.warn(
      `Redis is not reachable at ${describeRedis(this.target)} (${e.message}); alerts wait in PostgreSQL until it is back. ${this.target.clusterNodes ? "Check the cluster's nodes or set REDIS_CLUSTER_NODES." : 'Start it with "redis-server --daemonize yes" or set REDIS_URL.'}`,
    );
  }

  /**
   * Enqueues the rows that are due now, in chunks; later ones are the worker's scheduler's to send.
   * Each chunk is marked queued as soon as it is in Redis, so workers start on a large fan-out while
   * the rest is still being added, and neither Redis nor this process holds it all at once.
   */
  async dispatch(rows: readonly DispatchRow[], kind: UrgentRule, requestId?: string): Promise<number> {
    const now = Date.now() + 1_000;
    // Digest rows wait for the worker's scheduler, which sends each member one e-mail for them all.
    const due = rows
      .filter((r) => r.status === 'created' && !r.digest && r.sendAt.getTime() <= now)
      .map((r) => ({ ...r, urgent: isUrgent(kind, r.action) }));
    let queued = 0;
    for (let i = 0; i < due.length; i += DISPATCH_CHUNK) {
      const chunk = due.slice(i, i + DISPATCH_CHUNK);
      try {
        await this.outbox.dispatch(chunk, requestId ? { requestId } : {});
      } catch (e) {
        if (!(e instanceof NotQueuedError)) throw e;
        // The rest stay created and the caller gets its answer now; the worker's sweeper hands them
        // to the queue when Redis is back.
        this.logger.warn(
          `${due.length - queued} alert(s) wait in PostgreSQL: Redis at ${describeRedis(this.target)} did not take them (${e.message}); the worker queues them when it is back`,
        );
        return queued;
      }
      queued += chunk.length;
    }
    return queued;
  }

  /**
   * Hands a committed sign-in link's e-mail to the queue. When Redis does not take it, the row stays
   * `created` and the worker's sweeper queues it.
   */
  async dispatchSignInLink(linkId: string): Promise<void> {
    try {
      await this.producer.enqueueSignInLinks([linkId]);
    } catch (e) {
      this.logger.warn(
        `a sign-in link e-mail waits in PostgreSQL: Redis did not take it (${(e as Error).message})`,
      );
      return;
    }
    await this.links.markQueued(linkId);
  }

  /** The notification queue, for the queue dashboard. */
  get queue() {
    return this.producer.queue;
  }

  /** Readiness: fails at once while Redis is away, and after a short timeout when it hangs. */
  ping(): Promise<boolean> {
    return this.producer.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
