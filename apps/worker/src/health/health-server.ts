import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { RedisConnections } from '../queue/redis-connections';
import { DeliveryMetrics } from './delivery-metrics';

const PING_TIMEOUT_MS = 1_000;

/** The worker serves no API: only liveness, readiness and Prometheus metrics. */
@Injectable()
export class HealthServer implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(HealthServer.name);
  private server?: Server;
  port = 0;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: DeliveryMetrics,
    private readonly connections: RedisConnections,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.port < 0) return;
    this.server = createServer((req, res) => {
      void this.handle(req.url ?? '/').then(({ status, type, body }) => {
        res.writeHead(status, {
          'content-type': type,
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'content-security-policy': "frame-ancestors 'none'",
        });
        res.end(body);
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.config.port, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.logger.log(`health and metrics on http://127.0.0.1:${this.port}/health and /metrics`);
  }

  private async handle(url: string): Promise<{ status: number; type: string; body: string }> {
    const json = (status: number, body: unknown) => ({
      status,
      type: 'application/json',
      body: JSON.stringify(body),
    });
    switch (url.split('?')[0] ?? '') {
      case '/health/live':
        return json(200, { status: 'ok' });
      case '/health': {
        const database = await this.db.query('SELECT 1').then(
          () => true,
          () => false,
        );
        // A Redis that hangs is down: readiness answers in a second, not when its TCP gives up.
        const redis = await Promise.race([
          this.connections.producer.ping().then(
            (r) => r === 'PONG',
            () => false,
          ),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), PING_TIMEOUT_MS).unref()),
        ]);
        const ok = database && redis;
        return json(ok ? 200 : 503, {
          status: ok ? 'ok' : 'degraded',
          checks: { database: database ? 'up' : 'down', redis: redis ? 'up' : 'down' },
        });
      }
      case '/metrics':
        return {
          status: 200,
          type: this.metrics.registry.contentType,
          body: await this.metrics.registry.metrics(),
        };
      default:
        return json(404, { statusCode: 404, message: 'not found: try /health, /health/live or /metrics' });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
