import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository, OutboxDispatcher, SignInLinkRepository } from '@member-alerts/outbox';
import { isUrgent } from '@member-alerts/protocol';
import { NotificationProducer, QUEUES, RETRY_POLICY } from '@member-alerts/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { RevisionRulesStore } from '../config/revision-rules';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DeliveryMetrics } from '../health/delivery-metrics';
import { RedisConnections } from '../queue/redis-connections';

const BATCH = 5_000;

// One scheduler at a time across every worker process of one installation (its schema); the others
// skip the tick. Installations that share a database do not wait on each other.
export const SCHEDULER_LOCK_SQL =
  'SELECT pg_try_advisory_xact_lock(726354001, hashtext(current_schema())) AS locked';

/**
 * Finds what is due and what was stranded, and hands it to the queue with deterministic job ids:
 * §31 consultation notices whose time has come, rows the API could not enqueue, and rows whose job
 * Redis lost (a restart, FLUSHALL, eviction). It only finds and enqueues; the worker sends.
 */
@Injectable()
export class DueAndStrandedScheduler implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(DueAndStrandedScheduler.name);
  private producer?: NotificationProducer;
  private dispatcher?: OutboxDispatcher;
  private running = false;
  private lastAwayLine = 0;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly rules: RevisionRulesStore,
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: SchedulerRegistry,
    private readonly metrics: DeliveryMetrics,
    private readonly notifications: NotificationRepository,
    private readonly links: SignInLinkRepository,
    private readonly redis: RedisConnections,
  ) {}

  onModuleInit(): void {
    // A producer connection: calls fail fast while Redis is away instead of queueing in memory.
    this.producer = new NotificationProducer(
      this.redis.producer,
      this.config.queuePrefix,
      QUEUES.notifications,
    );
    this.dispatcher = new OutboxDispatcher(this.producer, this.notifications);
    const timer = setInterval(() => void this.tick(), this.config.scheduleEveryMs);
    this.registry.addInterval('due-and-stranded', timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.producer?.close();
  }

  /** One pass. Returns how many rows were handed to the queue (0 when another worker holds the lock). */
  async tick(): Promise<number> {
    if (this.running || !this.producer || !this.dispatcher) return 0;
    // Never open the transaction while Redis is away: it would hold the advisory lock (and, on the
    // embedded database, the one session every connection shares) for as long as Redis stays down.
    if (!this.producer.available) {
      this.redisAway();
      await this.refreshGauges();
      return 0;
    }
    this.lastAwayLine = 0;
    this.running = true;
    try {
      return await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query<[{ locked: boolean }]>(SCHEDULER_LOCK_SQL);
        if (!locked) return 0;
        const sweepSecs = this.config.sweepAfterMs / 1000;
        await this.sweepSignInLinks(m, {
          afterSeconds: sweepSecs,
          leaseSeconds: this.notifications.leaseSeconds,
          attempts: RETRY_POLICY.attempts,
        });
        const rows = await this.notifications.findDueOrStranded(
          m,
          { afterSeconds: sweepSecs, attempts: RETRY_POLICY.attempts },
          BATCH,
        );
        if (rows.length === 0) return 0;
        // Urgent under the revision each event was planned under.
        const single = await Promise.all(
          rows
            .filter((r) => !r.digest)
            .map(async (r) => {
              const { policy } = await this.rules.rulesOf(r, m);
              return { ...r, urgent: isUrgent(policy.kinds[r.kind], r.action) };
            }),
        );
        await this.dispatcher?.dispatch(
          single.filter((r) => r.status === 'created'),
          { m },
        );
        const revived = await this.producer?.requeue(single.filter((r) => r.status !== 'created'));
        if (revived) this.logger.warn(`${revived} stranded notification(s) had a finished job: replaced`);
        await this.dispatcher?.dispatchDigests(
          rows.filter((r) => r.digest),
          m,
        );
        const stranded = rows.filter((r) => r.status !== 'created').length;
        if (stranded) this.logger.warn(`re-enqueued ${stranded} stranded notification(s)`);
        return rows.length;
      });
    } catch (e) {
      this.logger.warn(`scheduler pass failed: ${(e as Error).message}`);
      return 0;
    } finally {
      this.running = false;
      await this.refreshGauges();
    }
  }

  /**
   * Sign-in link e-mails the API could not queue, or whose job was lost: re-enqueued by their fixed
   * job id while the link can still be used. A link past its expiry is not worth sending.
   */
  private async sweepSignInLinks(
    m: EntityManager,
    sweep: Parameters<SignInLinkRepository['dueOrStranded']>[1],
  ): Promise<void> {
    const links = await this.links.dueOrStranded(m, sweep, BATCH);
    if (links.length === 0) return;
    await this.producer?.enqueueSignInLinks(links.map((l) => l.id));
    await this.links.markRequeued(
      m,
      links.map((l) => l.id),
    );
    const stranded = links.filter((l) => l.status !== 'created').length;
    if (stranded) this.logger.warn(`re-enqueued ${stranded} stranded sign-in link e-mail(s)`);
  }

  /** One line when Redis goes away, and one every ten minutes while it stays away. */
  private redisAway(): void {
    const now = Date.now();
    if (now - this.lastAwayLine < 600_000) return;
    this.lastAwayLine = now;
    this.logger.warn(
      'Redis is not connected: due and stranded alerts wait in PostgreSQL, and are queued on the first pass after it is back',
    );
  }

  private async refreshGauges(): Promise<void> {
    try {
      this.metrics.oldestCreated.set(await this.notifications.oldestDueAge());
      const queue = this.producer?.queue;
      const counts = await this.producer?.bounded(
        async () => (await queue?.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed')) ?? {},
      );
      for (const [state, n] of Object.entries(counts ?? {})) this.metrics.jobs.set({ state }, n);
    } catch {
      // Metrics are best effort; the next pass tries again.
    }
  }
}
