import { Module } from '@nestjs/common';
import { BoundariesController } from './boundaries.controller';
import { BoundaryQueryService } from './boundary-query.service';
import { UploadBoundariesUseCase } from './upload-boundaries.usecase';
import { WithdrawBoundariesUseCase } from './withdraw-boundaries.usecase';

/** Democratic services upload each boundary review as a new generation, effective from a date. */
@Module({
  controllers: [BoundariesController],
  providers: [UploadBoundariesUseCase, WithdrawBoundariesUseCase, BoundaryQueryService],
})
export class BoundariesModule {}
