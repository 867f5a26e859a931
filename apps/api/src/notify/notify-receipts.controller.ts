import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiReadsBody } from '../common/api-responses.decorator';
import { NotifyCallbackGuard } from './notify-callback.guard';
import { RECEIPT_ANSWER_SCHEMA, RECEIPT_BODY_SCHEMA } from './receipt.schema';
import { readReceipt, RecordReceiptUseCase } from './record-receipt.usecase';

@ApiTags('notify')
@Controller('notify')
export class NotifyReceiptsController {
  constructor(private readonly record: RecordReceiptUseCase) {}

  // Notify holds no API key: the callback token the council gave it is what is checked.
  @Post('receipts')
  @Public()
  @UseGuards(NotifyCallbackGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'GOV.UK Notify posts its delivery receipts here',
    description:
      'Authenticated by the callback token the council set (NOTIFY_CALLBACK_TOKEN), sent as "Authorization: Bearer <token>", not by an API key. The message is found by its reference; a status only moves forward, so a repeated or late receipt changes nothing. A receipt for a message not in the outbox is answered and ignored; when a receipt cannot be stored the answer is 503, and Notify sends it again.',
  })
  @ApiBody({ schema: RECEIPT_BODY_SCHEMA })
  @ApiAnswer(RECEIPT_ANSWER_SCHEMA, { description: 'Recorded, already recorded, or ignored' })
  @ApiReadsBody()
  @ApiErrors(401, 503)
  async post(@Body() body: unknown) {
    return this.record.execute(readReceipt(body));
  }
}
