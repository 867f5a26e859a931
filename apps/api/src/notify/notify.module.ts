import { Module } from '@nestjs/common';
import { NotifyCallbackGuard } from './notify-callback.guard';
import { NotifyReceiptsController } from './notify-receipts.controller';
import { RecordReceiptUseCase } from './record-receipt.usecase';

/** GOV.UK Notify's callbacks: delivery receipts. */
@Module({ controllers: [NotifyReceiptsController], providers: [RecordReceiptUseCase, NotifyCallbackGuard] })
export class NotifyModule {}
