import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { AlertQueryService } from './alert-query.service';
import { pageOf } from './alert-view.util';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller()
export class AlertsController {
  constructor(private readonly alerts: AlertQueryService) {}

  @Get('members/me/alerts')
  @Roles('member', 'leader')
  @ApiOperation({ summary: 'Your own alerts, newest first, each with why it reached you' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  @ApiQuery({ name: 'offset', required: false })
  async mine(@CurrentPrincipal() p: Principal, @Query() q: Record<string, unknown>) {
    return this.alerts.mine(p, pageOf(q));
  }

  @Get('escalations')
  @Roles('leader', 'democratic_services')
  @ApiOperation({
    summary: 'Alerts escalated to the Leader, Deputy Leader or a Cabinet Lead Member (§36), newest first',
  })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  @ApiQuery({ name: 'offset', required: false })
  async escalations(@CurrentPrincipal() p: Principal, @Query() q: Record<string, unknown>) {
    return this.alerts.escalations(p, pageOf(q));
  }
}
