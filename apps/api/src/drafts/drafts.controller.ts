import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DRAFT_STATUSES } from '@member-alerts/persistence';
import type { Request } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { requestId } from '../common/request-id.util';
import { EVENT_BODY_SCHEMA } from '../events/event.schema';
import { ConfirmDraftUseCase } from './confirm-draft.usecase';
import { DismissDraftUseCase } from './dismiss-draft.usecase';
import { DraftQueryService } from './draft-query.service';
import { DISMISS_BODY_SCHEMA, DRAFT_SCHEMA, DRAFTS_SCHEMA } from './draft.schema';

@ApiTags('drafts')
@ApiKeyRequired()
@Controller('drafts')
export class DraftsController {
  constructor(
    private readonly query: DraftQueryService,
    private readonly confirming: ConfirmDraftUseCase,
    private readonly dismissing: DismissDraftUseCase,
  ) {}

  @Get()
  @Roles('officer')
  @ApiOperation({
    summary: 'FOI requests and press enquiries that arrived as text and wait for an officer',
  })
  @ApiQuery({
    name: 'status',
    required: false,
    schema: { type: 'string', enum: [...DRAFT_STATUSES], default: 'open' },
    description: 'Open (waiting for an officer) unless asked',
  })
  @ApiAnswer(DRAFTS_SCHEMA, { description: 'The drafts, the newest first' })
  @ApiErrors(400)
  list(@CurrentPrincipal() p: Principal, @Query('status') status: string | undefined) {
    return this.query.list(p, status);
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One draft: its text with the places found, and the original for the officer' })
  @ApiAnswer(DRAFT_SCHEMA, { description: 'The draft' })
  @ApiErrors(404)
  one(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.one(p, id);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({
    summary: 'Confirm a draft: register it as an event, once, however many times it is confirmed',
    description:
      "The body is the register form's event. Its source and reference come from the draft, so a second confirmation answers the same event.",
  })
  @ApiBody({ schema: EVENT_BODY_SCHEMA })
  @ApiAnswer(DRAFT_SCHEMA, { description: 'Confirmed, with the event it became' })
  @ApiReadsBody()
  @ApiErrors(404, 409, 422)
  confirm(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: Request,
  ) {
    return this.confirming.execute({ principal: p, id, body, requestId: requestId(req) });
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Dismiss a draft: nobody is told; the reason is kept with an audit line' })
  @ApiBody({ schema: DISMISS_BODY_SCHEMA })
  @ApiAnswer(DRAFT_SCHEMA, { description: 'Dismissed' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  dismiss(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body() body: unknown) {
    const reason = body && typeof body === 'object' ? (body as { reason?: unknown }).reason : undefined;
    return this.dismissing.execute({ principal: p, id, reason });
  }
}
