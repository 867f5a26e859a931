import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationEntity } from '@member-alerts/persistence';
import { describeRedisUrl, NotificationProducer, redisConnection } from '@member-alerts/queue';
import type { Redis } from 'ioredis';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Hands committed outbox rows to the queue. It runs after the transaction commits; if Redis is
 * away the rows stay `created` and the worker's sweeper sends them later, so nothing is lost.
 */
@Injectable()
export class DispatchService implements OnApplicationShutdown {
  private readonly logger = new Logger(DispatchService.name);
  readonly redis: Redis;
  private readonly producer: NotificationProducer;
  private lastRedisComplaint = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.redis = redisConnection(config.redisUrl, 'producer', {
      retryStrategy: (times) => Math.min(times * 500, 5_000),
    });
    this.redis.on('error', (e: Error) => this.complain(e));
    this.producer = new NotificationProducer(this.redis, config.queuePrefix);
  }

  private complain(e: Error): void {
    if (Date.now() - this.lastRedisComplaint < 60_000) return;
    this.lastRedisComplaint = Date.now();
    this.logger.warn(
      `Redis is not reachable at ${describeRedisUrl(this.config.redisUrl)} (${e.message}); alerts wait in PostgreSQL until it is back. Start it with "redis-server --daemonize yes" or set REDIS_URL.`,
    );
  }

  /** Enqueues the rows that are due now; later ones are the worker's scheduler's to send. */
  async dispatch(rows: readonly NotificationEntity[], requestId?: string): Promise<number> {
    const now = Date.now() + 1_000;
    // Digest rows wait for the worker's scheduler, which sends each member one e-mail for them all.
    const due = rows.filter((r) => r.status === 'created' && !r.digest && r.sendAt.getTime() <= now);
    if (due.length === 0) return 0;
    try {
      await this.producer.enqueue(due, requestId);
    } catch (e) {
      this.complain(e as Error);
      return 0;
    }
    await this.db
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ status: 'queued', queuedAt: () => 'now()' })
      .where({ id: In(due.map((r) => r.id)), status: 'created' })
      .execute();
    return due.length;
  }

  /** The notification queue, for the queue dashboard. */
  get queue() {
    return this.producer.queue;
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
