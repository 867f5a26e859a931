import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { BadInputError } from '../common/bad-input.error';
import { ChangeEventUseCase } from './change-event.usecase';
import { EventQueryService, checkUuid } from './event-query.service';
import { EVENT_BODY_SCHEMA } from './event.schema';
import { RegisterEventUseCase } from './register-event.usecase';

const requestId = (req: Request & { id?: unknown }) => (typeof req.id === 'string' ? req.id : undefined);

function intParam(v: string | undefined, field: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new BadInputError(`${field} must be a whole number`, [
      { field, message: 'must be a whole number' },
    ]);
  return n;
}

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly register: RegisterEventUseCase,
    private readonly change: ChangeEventUseCase,
    private readonly query: EventQueryService,
  ) {}

  @Post()
  @Roles('officer')
  @ApiOperation({ summary: 'Register an event: plan who must be told, store it and queue the alerts' })
  @ApiBody({ schema: EVENT_BODY_SCHEMA })
  async create(@CurrentPrincipal() p: Principal, @Body() body: unknown, @Req() req: Request) {
    return this.register.execute({ principal: p, body, requestId: requestId(req) });
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Who would be told, and why, with nothing stored' })
  @ApiBody({ schema: EVENT_BODY_SCHEMA })
  async preview(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.register.preview(p, body);
  }

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'Events, newest first' })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'division', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['active', 'cancelled'] })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  async list(@CurrentPrincipal() p: Principal, @Query() q: Record<string, string | undefined>) {
    return this.query.list(p, {
      ...(q['kind'] ? { kind: q['kind'] } : {}),
      ...(q['division'] ? { division: q['division'] } : {}),
      ...(q['status'] ? { status: q['status'] } : {}),
      ...(q['from'] ? { from: q['from'] } : {}),
      ...(q['to'] ? { to: q['to'] } : {}),
      ...(intParam(q['limit'], 'limit') !== undefined ? { limit: intParam(q['limit'], 'limit') } : {}),
      ...(intParam(q['offset'], 'offset') !== undefined ? { offset: intParam(q['offset'], 'offset') } : {}),
    });
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One event with every person told, why, and how delivery went' })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.get(p, id);
  }

  @Patch(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'Edit an event: a new version, sent to everyone affected before or after' })
  @ApiBody({
    schema: {
      type: 'object',
      description: 'Fields to change (null removes one), and an optional changeNote',
    },
  })
  async edit(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() patch: unknown,
    @Req() req: Request,
  ) {
    return this.change.edit({
      principal: p,
      eventId: checkUuid(id, 'event'),
      patch,
      requestId: requestId(req),
    });
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Cancel an event and tell everyone who heard of it' })
  @ApiBody({ required: false, schema: { type: 'object', properties: { reason: { type: 'string' } } } })
  async cancel(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: Request,
  ) {
    const reason = body && typeof body === 'object' ? (body as { reason?: unknown }).reason : undefined;
    return this.change.cancel({
      principal: p,
      eventId: checkUuid(id, 'event'),
      reason,
      requestId: requestId(req),
    });
  }

  @Get(':id/circulation')
  @Roles('officer')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: 'The "Circulation under the Local Issues Alert Procedure" text for a report' })
  async circulation(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.circulation(p, id);
  }

  @Get(':id/audit.csv')
  @Roles('democratic_services', 'officer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The audit trail of one event, as CSV' })
  async audit(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.auditCsv(p, id);
  }
}
