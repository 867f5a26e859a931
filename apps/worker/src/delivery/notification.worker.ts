import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import {
  QUEUES,
  RETRY_POLICY,
  backoffDelay,
  type AnyJob,
  type JobName,
  type JobPayloads,
  relayLimiter,
} from '@member-alerts/queue';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { RedisConnections } from '../queue/redis-connections';
import { RelayBusyError } from './deliver.util';
import { SendDigestUseCase } from './send-digest.usecase';
import { SendNotificationUseCase, type SendOutcome } from './send-notification.usecase';
import { SendSignInLinkUseCase } from './send-sign-in-link.usecase';

type Handlers = {
  [K in JobName]: (data: JobPayloads[K], attemptsMade: number, max: number) => Promise<SendOutcome>;
};

/** The BullMQ consumer. Thin: it unpacks the job and calls the use case. */
@Injectable()
export class NotificationWorker implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationWorker.name);
  private worker?: Worker<AnyJob>;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly send: SendNotificationUseCase,
    private readonly digest: SendDigestUseCase,
    private readonly signInLink: SendSignInLinkUseCase,
    private readonly redis: RedisConnections,
  ) {}

  // Every job name in the catalogue has exactly one handler; the type makes a missing one a build error.
  private readonly handlers: Handlers = {
    'send-notification': (data, made, max) => this.send.execute(data, made, max),
    'send-digest': (data, made, max) => this.digest.execute(data, made, max),
    'send-sign-in-link': (data, made, max) => this.signInLink.execute(data, made, max),
  };

  private async run(job: Job<AnyJob>): Promise<SendOutcome> {
    const handler = this.handlers[job.name as JobName] as
      ((data: AnyJob, attemptsMade: number, max: number) => Promise<SendOutcome>) | undefined;
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    try {
      return await handler(job.data, job.attemptsMade, job.opts.attempts ?? RETRY_POLICY.attempts);
    } catch (e) {
      if (!(e instanceof RelayBusyError) || !this.worker) throw e;
      // The relay turned us away: this worker waits, and every other one too when a relay limit is
      // set (BullMQ checks the shared key only then); the job goes back without using an attempt.
      this.logger.warn(`the sending service asked us to wait (${e.message}); pausing ${e.delayMs} ms`);
      await this.worker.rateLimit(e.delayMs);
      throw Worker.RateLimitError();
    }
  }

  onModuleInit(): void {
    this.worker = new Worker<AnyJob>(QUEUES.notifications, (job) => this.run(job), {
      connection: this.redis.consumer,
      prefix: this.config.queuePrefix,
      concurrency: this.config.concurrency,
      // Shared in Redis by every worker on the queue, in windows of about a second sized so that no
      // 60 seconds, however they fall, hold more than the relay's limit.
      ...(this.config.relayMaxPerMinute ? { limiter: relayLimiter(this.config.relayMaxPerMinute) } : {}),
      lockDuration: this.config.lockDurationMs,
      stalledInterval: Math.max(1_000, Math.floor(this.config.lockDurationMs / 2)),
      settings: {
        backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade, this.config.retryDelayMs),
      },
    });
    this.worker.on('error', (e) => this.logger.warn(`queue connection problem: ${e.message}`));
  }

  /** SIGTERM: stop taking jobs, let the sends in flight finish, release every lock. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
