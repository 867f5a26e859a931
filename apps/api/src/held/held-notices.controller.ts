import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { requestId } from '../common/request-id.util';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { HELD_NOTICE_SCHEMA, HELD_NOTICES_SCHEMA, WITHDRAW_BODY_SCHEMA } from './held-notice.schema';
import { HeldNoticeQueryService } from './held-notice-query.service';
import { ReleaseHeldNoticeUseCase } from './release-held-notice.usecase';
import { WithdrawHeldNoticeUseCase } from './withdraw-held-notice.usecase';

@ApiTags('held notices')
@ApiKeyRequired()
@Controller('held-notices')
export class HeldNoticesController {
  constructor(
    private readonly query: HeldNoticeQueryService,
    private readonly releasing: ReleaseHeldNoticeUseCase,
    private readonly withdrawing: WithdrawHeldNoticeUseCase,
  ) {}

  @Get()
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'The notices pre-election periods hold for democratic services, and the periods that hold them',
  })
  @ApiAnswer(HELD_NOTICES_SCHEMA, { description: 'Every held notice of the council' })
  list(@CurrentPrincipal() p: Principal) {
    return this.query.list(p);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles('democratic_services')
  @ApiOperation({ summary: 'Release a held notice: it is sent as usual, once, with an audit line' })
  @ApiAnswer(HELD_NOTICE_SCHEMA, { description: 'Released, with its status now' })
  @ApiErrors(404, 409)
  release(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Req() req: Request) {
    return this.releasing.execute({ principal: p, id, requestId: requestId(req) });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Withdraw a held notice: it is never sent; the reason is kept with an audit line',
  })
  @ApiBody({ schema: WITHDRAW_BODY_SCHEMA })
  @ApiAnswer(HELD_NOTICE_SCHEMA, { description: 'Withdrawn: never sent' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  withdraw(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body() body: unknown) {
    const reason = body && typeof body === 'object' ? (body as { reason?: unknown }).reason : undefined;
    return this.withdrawing.execute({ principal: p, id, reason });
  }
}
