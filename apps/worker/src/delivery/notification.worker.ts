import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  QUEUES,
  RETRY_POLICY,
  backoffDelay,
  redisConnection,
  type SendNotificationJob,
} from '@member-alerts/queue';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { SendNotificationUseCase } from './send-notification.usecase';

/** The BullMQ consumer. Thin: it unpacks the job and calls the use case. */
@Injectable()
export class NotificationWorker implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationWorker.name);
  private worker?: Worker<SendNotificationJob>;
  private connection?: Redis;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly send: SendNotificationUseCase,
  ) {}

  onModuleInit(): void {
    this.connection = redisConnection(this.config.redisUrl, 'worker');
    this.worker = new Worker<SendNotificationJob>(
      QUEUES.notifications,
      async (job) => {
        if (job.name !== 'send-notification') throw new Error(`no handler for job "${job.name}"`);
        return this.send.execute(job.data, job.attemptsMade, job.opts.attempts ?? RETRY_POLICY.attempts);
      },
      {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        concurrency: this.config.concurrency,
        lockDuration: this.config.lockDurationMs,
        stalledInterval: Math.max(1_000, Math.floor(this.config.lockDurationMs / 2)),
        settings: {
          backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade, this.config.retryDelayMs),
        },
      },
    );
    this.worker.on('error', (e) => this.logger.warn(`queue connection problem: ${e.message}`));
  }

  /** SIGTERM: stop taking jobs, let the sends in flight finish, release every lock. */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection?.disconnect();
  }
}
