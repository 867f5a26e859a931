import { type DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationRepository, SignInLinkRepository } from '@member-alerts/outbox';
import { dataSourceOptions } from '@member-alerts/persistence';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CHANNEL, TEXT_CHANNEL, type Channel } from './channels/channel';
import { notifyChannel } from './channels/notify/notify.channel';
import { smtpChannel } from './channels/smtp/smtp.channel';
import { COUNCIL_POLICY, readCouncilPolicy } from './config/council-policy';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { NotificationWorker } from './delivery/notification.worker';
import { SendDigestUseCase } from './delivery/send-digest.usecase';
import { SendSignInLinkUseCase } from './delivery/send-sign-in-link.usecase';
import { SendNotificationUseCase } from './delivery/send-notification.usecase';
import { VersionStore } from './delivery/version-store';
import { RevisionRulesStore } from './config/revision-rules';
import { DeliveryMetrics } from './health/delivery-metrics';
import { HealthServer } from './health/health-server';
import { ProducerPollersService } from './producers/producer-pollers.service';
import { RedisConnections } from './queue/redis-connections';
import { DueAndStrandedScheduler } from './schedule/due-and-stranded.scheduler';
import { RetentionPurge } from './schedule/retention.purge';

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.nodeEnv === 'test' ? 'warn' : (process.env['LOG_LEVEL'] ?? 'info'),
            customProps: () => ({ service: 'worker' }),
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: config.databaseUrl,
            embedded: config.embeddedDatabase,
            ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
          }),
          // The API owns migrations; the worker waits for it.
          migrationsRun: false,
        }),
        ScheduleModule.forRoot(),
      ],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: COUNCIL_POLICY, useFactory: () => readCouncilPolicy(config.councilSlug) },
        {
          provide: CHANNEL,
          useFactory: (metrics: DeliveryMetrics): Channel =>
            config.emailChannel === 'notify' && config.notify?.emailTemplateId
              ? notifyChannel(
                  'email',
                  {
                    ...config.notify,
                    templateId: config.notify.emailTemplateId,
                    rateLimitDelayMs: config.retryDelayMs,
                  },
                  (alert) => metrics.alert(`notify-${alert}`),
                )
              : smtpChannel({
                  url: config.smtpUrl,
                  from: config.mailFrom,
                  poolSize: config.smtpPoolSize,
                  timeoutMs: config.smtpTimeoutMs,
                  busyDelayMs: config.retryDelayMs,
                }),
          inject: [DeliveryMetrics],
        },
        {
          provide: TEXT_CHANNEL,
          useFactory: (metrics: DeliveryMetrics): Channel | null =>
            config.smsChannel === 'notify' && config.notify?.smsTemplateId
              ? notifyChannel(
                  'sms',
                  {
                    ...config.notify,
                    templateId: config.notify.smsTemplateId,
                    rateLimitDelayMs: config.retryDelayMs,
                  },
                  (alert) => metrics.alert(`notify-${alert}`),
                )
              : null,
          inject: [DeliveryMetrics],
        },
        DeliveryMetrics,
        RedisConnections,
        {
          provide: NotificationRepository,
          // A send whose worker died is taken over after twice its longest wait (a Notify send may look up, then post).
          useFactory: (db: DataSource) =>
            new NotificationRepository(db, {
              ...config,
              smtpTimeoutMs: Math.max(config.smtpTimeoutMs, (config.notify?.timeoutMs ?? 0) * 2),
            }),
          inject: [DataSource],
        },
        {
          provide: SignInLinkRepository,
          useFactory: (db: DataSource) => new SignInLinkRepository(db),
          inject: [DataSource],
        },
        VersionStore,
        RevisionRulesStore,
        SendNotificationUseCase,
        SendDigestUseCase,
        SendSignInLinkUseCase,
        NotificationWorker,
        DueAndStrandedScheduler,
        RetentionPurge,
        ProducerPollersService,
        HealthServer,
      ],
    };
  }
}
