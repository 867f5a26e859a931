import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PRODUCER_OUTCOMES, PRODUCER_SOURCES } from '@member-alerts/persistence';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired } from '../common/api-responses.decorator';
import { ProducerMessageQueryService } from './producer-message-query.service';
import { PRODUCER_MESSAGES_SCHEMA } from './producers.schema';

// PostgreSQL's LIMIT and OFFSET take a 32-bit integer (with the API's own cap on limit below).
const WHOLE = { type: 'integer', minimum: 0, maximum: 2_147_483_647 } as const;

@ApiTags('producers')
@ApiKeyRequired()
@Controller('producers')
export class ProducerMessagesController {
  constructor(private readonly query: ProducerMessageQueryService) {}

  @Get('messages')
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Recent messages from other council systems, newest first, and what became of each',
  })
  @ApiQuery({ name: 'source', required: false, schema: { type: 'string', enum: [...PRODUCER_SOURCES] } })
  @ApiQuery({ name: 'outcome', required: false, schema: { type: 'string', enum: [...PRODUCER_OUTCOMES] } })
  @ApiQuery({
    name: 'q',
    required: false,
    schema: { type: 'string' },
    description: 'Text in the reference, the reason or the message id',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { ...WHOLE, default: 50 },
    description: 'Brought within 1 to 200',
  })
  @ApiQuery({ name: 'offset', required: false, schema: { ...WHOLE, default: 0 } })
  @ApiAnswer(PRODUCER_MESSAGES_SCHEMA, { description: 'One page of messages' })
  @ApiErrors(400)
  async list(@CurrentPrincipal() p: Principal, @Query() q: Record<string, string | undefined>) {
    return this.query.list(p, q);
  }
}
