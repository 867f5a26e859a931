import { applyDecorators, Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired } from '../common/api-responses.decorator';
import { ESCALATIONS_SCHEMA, MY_ALERTS_SCHEMA, PAGE_LIMIT, PAGE_OFFSET } from './alert.schema';
import { AlertQueryService } from './alert-query.service';
import { pageOf } from './alert-view.util';

// limit and offset, as pageOf reads them.
const Paged = () =>
  applyDecorators(
    ApiQuery({ name: 'limit', required: false, schema: PAGE_LIMIT }),
    ApiQuery({ name: 'offset', required: false, schema: PAGE_OFFSET }),
    ApiErrors(400),
  );

@ApiTags('alerts')
@ApiKeyRequired()
@Controller()
export class AlertsController {
  constructor(private readonly alerts: AlertQueryService) {}

  @Get('members/me/alerts')
  @Roles('member', 'leader')
  @ApiOperation({ summary: 'Your own alerts, newest first, each with why it reached you' })
  @Paged()
  @ApiAnswer(MY_ALERTS_SCHEMA, { description: 'One page of your alerts' })
  async mine(@CurrentPrincipal() p: Principal, @Query() q: Record<string, unknown>) {
    return this.alerts.mine(p, pageOf(q));
  }

  @Get('escalations')
  @Roles('leader', 'democratic_services', 'monitoring_officer')
  @ApiOperation({
    summary: 'Alerts escalated to the Leader, Deputy Leader or a Cabinet Lead Member (§36), newest first',
  })
  @Paged()
  @ApiAnswer(ESCALATIONS_SCHEMA, { description: 'One page of escalated alerts, each with its recipient' })
  async escalations(@CurrentPrincipal() p: Principal, @Query() q: Record<string, unknown>) {
    return this.alerts.escalations(p, pageOf(q));
  }
}
