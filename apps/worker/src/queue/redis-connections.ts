import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { redisConnection, type RedisClient, type RedisTarget } from '@member-alerts/queue';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';

/**
 * The worker's Redis connections, opened once: one that fails fast while Redis is away (the
 * sweeper's producer and readiness), and the consumer's, which waits for it. Their users stop
 * before application shutdown; the connections close after them.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  readonly producer: RedisClient;
  private readonly target: RedisTarget;
  private consumerConnection?: RedisClient;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.target = { url: config.redisUrl, clusterNodes: config.redisClusterNodes };
    this.producer = redisConnection(this.target, 'producer');
    // The queue consumer reports an unreachable Redis; the sweeper and readiness say so themselves.
    this.producer.on('error', () => undefined);
  }

  /** BullMQ's consumer needs a connection that never gives up on a command. */
  get consumer(): RedisClient {
    this.consumerConnection ??= redisConnection(this.target, 'worker');
    return this.consumerConnection;
  }

  onApplicationShutdown(): void {
    this.consumerConnection?.disconnect();
    this.producer.disconnect();
  }
}
