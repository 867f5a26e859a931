import { Module } from '@nestjs/common';
import { ProducerInboxService } from './producer-inbox.service';
import { ProducerMessageQueryService } from './producer-message-query.service';
import { ProducerMessagesController } from './producer-messages.controller';
import { ReceiveSnsMessageUseCase } from './receive-sns-message.usecase';
import { SnsVerifierService } from './sns-verifier.service';
import { StreetManagerController } from './street-manager.controller';
import { StreetManagerProcessor } from './street-manager.processor';
import { EventsModule } from '../events/events.module';

/** Messages from other council systems: Street Manager through Amazon SNS, kept and then processed. */
@Module({
  imports: [EventsModule],
  controllers: [StreetManagerController, ProducerMessagesController],
  providers: [
    SnsVerifierService,
    ProducerInboxService,
    ReceiveSnsMessageUseCase,
    ProducerMessageQueryService,
    StreetManagerProcessor,
  ],
})
export class ProducersModule {}
