import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyEntity, WebSessionEntity } from '@member-alerts/persistence';
import { ApiKeyService } from './auth/api-key.service';
import { OidcService } from './auth/oidc.service';
import { WebSessionService } from './auth/web-session.service';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { CouncilContextService } from './council/council-context.service';
import { DispatchService } from './queue/dispatch.service';
import { SeedService } from './seed/seed.service';

const SHARED = [
  ApiKeyService,
  CouncilContextService,
  DispatchService,
  SeedService,
  OidcService,
  WebSessionService,
];

/** What every feature module needs: configuration, the council's boundaries and roster, the queue. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forFeature([ApiKeyEntity, WebSessionEntity])],
      providers: [{ provide: APP_CONFIG, useValue: config }, ...SHARED],
      exports: [APP_CONFIG, ...SHARED],
    };
  }
}
