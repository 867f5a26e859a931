import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyEntity } from '@member-alerts/persistence';
import { ApiKeyService } from './auth/api-key.service';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { CouncilContextService } from './council/council-context.service';
import { DispatchService } from './queue/dispatch.service';
import { SeedService } from './seed/seed.service';

/** What every feature module needs: configuration, the council's boundaries and roster, the queue. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forFeature([ApiKeyEntity])],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        ApiKeyService,
        CouncilContextService,
        DispatchService,
        SeedService,
      ],
      exports: [APP_CONFIG, ApiKeyService, CouncilContextService, DispatchService, SeedService],
    };
  }
}
