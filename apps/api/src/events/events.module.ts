import { Module } from '@nestjs/common';
import { ChangeEventUseCase } from './change-event.usecase';
import { EventQueryService } from './event-query.service';
import { EventsController } from './events.controller';
import { IdempotencyStore } from './idempotency.store';
import { RegisterEventUseCase } from './register-event.usecase';

@Module({
  controllers: [EventsController],
  providers: [RegisterEventUseCase, ChangeEventUseCase, EventQueryService, IdempotencyStore],
  // Producers (Street Manager, Citizen Space) register and cancel through the same use cases.
  exports: [RegisterEventUseCase, ChangeEventUseCase],
})
export class EventsModule {}
