import { Module } from '@nestjs/common';
import { ChangeEventUseCase } from './change-event.usecase';
import { EventQueryService } from './event-query.service';
import { EventsController } from './events.controller';
import { RegisterEventUseCase } from './register-event.usecase';

@Module({
  controllers: [EventsController],
  providers: [RegisterEventUseCase, ChangeEventUseCase, EventQueryService],
})
export class EventsModule {}
