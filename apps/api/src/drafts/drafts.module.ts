import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ConfirmDraftUseCase } from './confirm-draft.usecase';
import { DismissDraftUseCase } from './dismiss-draft.usecase';
import { DraftQueryService } from './draft-query.service';
import { DraftsController } from './drafts.controller';

/** Officers confirm or dismiss the FOI requests and press enquiries that arrive as drafts. */
@Module({
  imports: [EventsModule],
  controllers: [DraftsController],
  providers: [DraftQueryService, ConfirmDraftUseCase, DismissDraftUseCase],
})
export class DraftsModule {}
