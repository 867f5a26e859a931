import { Module } from '@nestjs/common';
import { EventWriter } from '@member-alerts/events';
import { NotificationRepository } from '@member-alerts/outbox';
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
    {
      provide: EventWriter,
      useFactory: (notifications: NotificationRepository) => new EventWriter(notifications),
      inject: [NotificationRepository],
    },
  ],
  // Producers (Street Manager, Citizen Space) register and cancel events through the same use cases.
  exports: [RegisterEventUseCase, CancelEventUseCase],
})
export class EventsModule {}
