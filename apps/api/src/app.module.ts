import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@member-alerts/persistence';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { AlertsModule } from './alerts/alerts.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { BoundariesModule } from './boundaries/boundaries.module';
import { ApiKeyGuard } from './auth/api-key.guard';
import { VerifiedCredentials } from './auth/verified-credentials';
import { KeyThrottlerGuard } from './auth/key-throttler.guard';
import type { AppConfig } from './config/app-config';
import { HttpErrorFilter } from './common/http-error.filter';
import { RequestInputPipe } from './common/request-input.pipe';
import { WrongMethodHandler } from './common/wrong-method.handler';
import { DocumentedInput } from './common/documented-input.interceptor';
import { CoreModule } from './core.module';
import { DraftsModule } from './drafts/drafts.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { HeldNoticesModule } from './held/held-notices.module';
import { NotifyModule } from './notify/notify.module';
import { PolicyModule } from './policy/policy.module';
import { ProducersModule } from './producers/producers.module';
import { ReportsModule } from './reports/reports.module';
import { RosterModule } from './roster/roster.module';
import { WebModule } from './web/web.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database URL to use (the embedded one when DATABASE_URL is unset). */
  databaseUrl: string;
  embedded: boolean;
}

@Module({})
export class AppModule implements NestModule {
  constructor(private readonly wrongMethod: WrongMethodHandler) {}

  // Before the routes, so that where a literal path and a parameter both match, the literal decides.
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.wrongMethod.middleware()).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }

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
        HeldNoticesModule,
        RosterModule,
        BoundariesModule,
        WebModule,
        ApiKeysModule,
        ProducersModule,
        DraftsModule,
        ReportsModule,
        NotifyModule,
        ThrottlerModule.forRootAsync({
          inject: [VerifiedCredentials],
          useFactory: (verified: VerifiedCredentials) => ({
            throttlers: [{ name: 'per-key', ttl: 60_000, limit: config.rateLimitPerMinute }],
            // One budget per proven API key or session, else per address (see VerifiedCredentials).
            getTracker: (_req, context) => verified.budgetOf(context.switchToHttp().getRequest<Request>()),
          }),
        }),
      ],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_PIPE, useClass: RequestInputPipe },
        WrongMethodHandler,
        DocumentedInput,
        { provide: APP_INTERCEPTOR, useExisting: DocumentedInput },
        { provide: APP_GUARD, useClass: KeyThrottlerGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
    };
  }
}
