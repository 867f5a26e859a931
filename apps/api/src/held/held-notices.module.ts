import { Module } from '@nestjs/common';
import { HeldNoticeQueryService } from './held-notice-query.service';
import { HeldNoticesController } from './held-notices.controller';
import { ReleaseHeldNoticeUseCase } from './release-held-notice.usecase';
import { WithdrawHeldNoticeUseCase } from './withdraw-held-notice.usecase';

/** Democratic services release or withdraw the notices a pre-election period holds. */
@Module({
  controllers: [HeldNoticesController],
  providers: [HeldNoticeQueryService, ReleaseHeldNoticeUseCase, WithdrawHeldNoticeUseCase],
})
export class HeldNoticesModule {}
