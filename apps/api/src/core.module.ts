import { type DynamicModule, Global, Module } from '@nestjs/common';
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
      providers: [
        { provide: APP_CONFIG, useValue: config },
        CouncilContextService,
        DispatchService,
        SeedService,
      ],
      exports: [APP_CONFIG, CouncilContextService, DispatchService, SeedService],
    };
  }
}
