import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiReadsBody } from '../common/api-responses.decorator';
import { SNS_ANSWER_SCHEMA } from './producers.schema';
import { ReceiveSnsMessageUseCase } from './receive-sns-message.usecase';

/** Where the body parser reads this route's body as text, with its own size limit (bootstrap.ts). */
export const STREET_MANAGER_PATH = '/producers/street-manager';

@ApiTags('producers')
@Controller('producers')
export class StreetManagerController {
  constructor(private readonly receive: ReceiveSnsMessageUseCase) {}

  // Amazon SNS holds no key: the message's signature is what is checked.
  @Post('street-manager')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Amazon SNS posts Street Manager notifications and subscription confirmations here',
    description:
      'The body is the SNS message (JSON, sent as text/plain). Its signature, signing certificate and topic are checked before anything is done; a notification is kept and answered at once, and the same message again changes nothing.',
  })
  @ApiConsumes('text/plain', 'application/json')
  @ApiBody({ schema: { type: 'string', description: 'The Amazon SNS message, as JSON text' } })
  @ApiAnswer(SNS_ANSWER_SCHEMA, { description: 'Kept, already kept, or the subscription confirmed' })
  @ApiReadsBody()
  @ApiErrors(403, 503)
  async post(
    @Req() req: Request,
    @Body() body: unknown,
    @Headers('x-amz-sns-message-type') messageType: string | undefined,
  ) {
    return this.receive.execute({ body, messageType, caller: req.ip ?? 'unknown' });
  }
}
