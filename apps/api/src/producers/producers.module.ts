import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { CitizenSpaceAreasController } from './citizen-space-areas.controller';
import { CitizenSpaceAreasStore } from './citizen-space-areas.store';
import { CitizenSpaceProcessor } from './citizen-space.processor';
import { MapCitizenSpaceAreaUseCase } from './map-citizen-space-area.usecase';
import { ProducerInboxService } from './producer-inbox.service';
import { ProducerMessageQueryService } from './producer-message-query.service';
import { ProducerConnectionsService } from './producer-connections.service';
import { ProducerMessagesController } from './producer-messages.controller';
import { ReceiveSnsMessageUseCase } from './receive-sns-message.usecase';
import { SnsVerifierService } from './sns-verifier.service';
import { StreetManagerController } from './street-manager.controller';
import { StreetManagerProcessor } from './street-manager.processor';

/**
 * Messages from other council systems, kept and then processed: Street Manager through Amazon SNS,
 * Citizen Space consultations read by the worker's poller.
 */
@Module({
  imports: [EventsModule],
  controllers: [StreetManagerController, ProducerMessagesController, CitizenSpaceAreasController],
  providers: [
    CitizenSpaceAreasStore,
    CitizenSpaceProcessor,
    MapCitizenSpaceAreaUseCase,
    SnsVerifierService,
    ProducerInboxService,
    ReceiveSnsMessageUseCase,
    ProducerMessageQueryService,
    ProducerConnectionsService,
    StreetManagerProcessor,
  ],
})
export class ProducersModule {}
