import { Module } from '@nestjs/common';
import { CancelEventUseCase } from './cancel-event.usecase';
import { EditEventUseCase } from './edit-event.usecase';
import { EventQueryService } from './event-query.service';
import { EventsController } from './events.controller';
import { IdempotencyStore } from './idempotency.store';
import { NewVersionWriter } from './new-version.writer';
import { RegisterEventUseCase } from './register-event.usecase';

@Module({
  controllers: [EventsController],
  providers: [
    RegisterEventUseCase,
    NewVersionWriter,
    EditEventUseCase,
    CancelEventUseCase,
    EventQueryService,
    IdempotencyStore,
  ],
  // Producers (Street Manager, Citizen Space) register and cancel events through the same use cases.
  exports: [RegisterEventUseCase, CancelEventUseCase],
})
export class EventsModule {}
