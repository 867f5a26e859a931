import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@member-alerts/persistence';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { AlertsModule } from './alerts/alerts.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { BoundariesModule } from './boundaries/boundaries.module';
import { ApiKeyGuard, extractKey } from './auth/api-key.guard';
import { readCookie, SESSION_COOKIE } from './auth/web-session.util';
import { hashSecret } from './auth/secret-hash.util';
import { KeyThrottlerGuard } from './auth/key-throttler.guard';
import type { AppConfig } from './config/app-config';
import { HttpErrorFilter } from './common/http-error.filter';
import { RequestInputPipe } from './common/request-input.pipe';
import { WrongMethodHandler } from './common/wrong-method.handler';
import { CoreModule } from './core.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { PolicyModule } from './policy/policy.module';
import { ProducersModule } from './producers/producers.module';
import { RosterModule } from './roster/roster.module';
import { WebModule } from './web/web.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database URL to use (the embedded one when DATABASE_URL is unset). */
  databaseUrl: string;
  embedded: boolean;
}

@Module({})
export class AppModule {
  static forRoot(o: AppModuleOptions): DynamicModule {
    const { config } = o;
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.nodeEnv === 'test' ? 'silent' : (process.env['LOG_LEVEL'] ?? 'info'),
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            // Never log secrets: keys, cookies, acknowledgement tokens.
            redact: [
              'req.headers.authorization',
              'req.headers["x-api-key"]',
              'req.headers.cookie',
              'req.query.token',
            ],
            customProps: () => ({ service: 'api' }),
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: o.databaseUrl,
            embedded: o.embedded,
            ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
          }),
          migrationsRun: true,
        }),
        CoreModule.forRoot(config),
        DiscoveryModule,
        // Feature modules:
        EventsModule,
        AlertsModule,
        HealthModule,
        PolicyModule,
        RosterModule,
        BoundariesModule,
        WebModule,
        ApiKeysModule,
        ProducersModule,
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'per-key', ttl: 60_000, limit: config.rateLimitPerMinute }],
          // One budget per API key (by its hash), else per address.
          getTracker: (req: Record<string, unknown>) => {
            const headers = { headers: (req['headers'] ?? {}) as Request['headers'] };
            const key = extractKey(headers);
            if (key) return `key:${hashSecret(key).slice(0, 16)}`;
            // A signed-in person has a budget of their own, like a key.
            const session = readCookie(headers, SESSION_COOKIE);
            return session
              ? `session:${hashSecret(session).slice(0, 16)}`
              : `ip:${String((req as { ip?: string }).ip)}`;
          },
        }),
      ],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_PIPE, useClass: RequestInputPipe },
        WrongMethodHandler,
        { provide: APP_GUARD, useClass: KeyThrottlerGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
    };
  }
}
