import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationReports, NotificationRepository, SignInLinkRepository } from '@member-alerts/outbox';
import { ApiKeyEntity, WebSessionEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { ApiKeyService } from './auth/api-key.service';
import { OidcService } from './auth/oidc.service';
import { RequestPrincipalService } from './auth/request-principal.service';
import { VerifiedCredentials } from './auth/verified-credentials';
import { WebSessionService } from './auth/web-session.service';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { CouncilContextService } from './council/council-context.service';
import { PlanningPool } from './planning/planning-pool.service';
import { DispatchService } from './queue/dispatch.service';
import { ApiMetrics } from './health/api-metrics';
import { SeedService } from './seed/seed.service';
import { ServedDocument } from './common/served-document.service';

const SHARED = [
  ApiMetrics,
  ApiKeyService,
  CouncilContextService,
  PlanningPool,
  DispatchService,
  SeedService,
  ServedDocument,
  OidcService,
  WebSessionService,
  RequestPrincipalService,
  VerifiedCredentials,
];

/** What every feature module needs: configuration, the council's boundaries and roster, the queue. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forFeature([ApiKeyEntity, WebSessionEntity])],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // The API stores and dispatches rows; it never claims one, so it holds no lease.
        {
          provide: NotificationRepository,
          useFactory: (db: DataSource) => new NotificationRepository(db),
          inject: [DataSource],
        },
        {
          provide: NotificationReports,
          useFactory: (db: DataSource) => new NotificationReports(db),
          inject: [DataSource],
        },
        {
          provide: SignInLinkRepository,
          useFactory: (db: DataSource) => new SignInLinkRepository(db),
          inject: [DataSource],
        },
        ...SHARED,
      ],
      exports: [APP_CONFIG, NotificationRepository, NotificationReports, SignInLinkRepository, ...SHARED],
    };
  }
}
