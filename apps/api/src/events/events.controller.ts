import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { requestId } from '../common/request-id.util';
import {
  ApiAnswer,
  ApiErrors,
  ApiKeyRequired,
  ApiReadsBody,
  ApiTextAnswer,
} from '../common/api-responses.decorator';
import { BadInputError } from '../common/bad-input.error';
import { MEMBER_EVENT_SCHEMA } from '../alerts/alert.schema';
import { CancelEventUseCase } from './cancel-event.usecase';
import { EditEventUseCase } from './edit-event.usecase';
import { EXPORT_MAX, EventQueryService, checkUuid } from './event-query.service';
import { EventFilterQueries, eventFilter } from './event-filter.util';
import {
  CHANGED_EVENT_SCHEMA,
  EVENT_DETAIL_SCHEMA,
  REGISTER_BODY_SCHEMA,
  EVENT_LIST_SCHEMA,
  PLAN_SCHEMA,
  REGISTERED_EVENT_SCHEMA,
} from './event.schema';
import { RegisterEventUseCase } from './register-event.usecase';

function intParam(v: string | undefined, field: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new BadInputError(`${field} must be a whole number`, [
      { field, message: 'must be a whole number' },
    ]);
  return n;
}

// PostgreSQL's LIMIT and OFFSET take a 32-bit integer (with the API's own cap on limit below).
const WHOLE = { type: 'integer', minimum: 0, maximum: 2_147_483_647 } as const;

@ApiTags('events')
@ApiKeyRequired()
@Controller('events')
export class EventsController {
  constructor(
    private readonly register: RegisterEventUseCase,
    private readonly editEvent: EditEventUseCase,
    private readonly cancelEvent: CancelEventUseCase,
    private readonly query: EventQueryService,
  ) {}

  @Post()
  @Roles('officer')
  @ApiOperation({
    summary: 'Register an event: plan who must be told, store it and queue the alerts',
    description:
      'A system that sends `source` and `sourceRef` can send the same event again safely: the same pair answers 200 with the event stored for it, and a new version (as an edit makes) when what members read has changed. An `Idempotency-Key` header makes a plain retry give the first answer.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any unique string (e.g. a UUID) for this registration. Sent again within 24 hours with the same body, it gives the first answer and makes nothing new; with a different body it is refused (422).',
  })
  @ApiBody({ schema: REGISTER_BODY_SCHEMA })
  @ApiAnswer(REGISTERED_EVENT_SCHEMA, {
    status: 201,
    description: 'Stored, with its plan; the alerts are queued',
  })
  @ApiAnswer(REGISTERED_EVENT_SCHEMA, {
    description:
      'Already registered (same source and reference, or same Idempotency-Key): the stored event, or its new version',
  })
  @ApiReadsBody()
  @ApiErrors(409, 422)
  async create(
    @CurrentPrincipal() p: Principal,
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    const { created, answer } = await this.register.execute({
      principal: p,
      body,
      requestId: requestId(req),
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    });
    res.status(created ? 201 : 200);
    return answer;
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Who would be told, and why, with nothing stored' })
  @ApiBody({ schema: REGISTER_BODY_SCHEMA })
  @ApiAnswer(PLAN_SCHEMA, { description: 'The plan, as registering would make it' })
  @ApiReadsBody()
  async preview(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.register.preview(p, body);
  }

  @Get()
  @Roles('officer', 'monitoring_officer')
  @ApiOperation({ summary: 'Events, newest first' })
  @EventFilterQueries()
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { ...WHOLE, default: 50 },
    description: 'Brought within 1 to 500',
  })
  @ApiQuery({ name: 'offset', required: false, schema: { ...WHOLE, default: 0 } })
  @ApiAnswer(EVENT_LIST_SCHEMA, { description: 'One page of events' })
  @ApiErrors(400)
  async list(@CurrentPrincipal() p: Principal, @Query() q: Record<string, string | undefined>) {
    return this.query.list(p, {
      ...eventFilter(q),
      ...(intParam(q['limit'], 'limit') !== undefined ? { limit: intParam(q['limit'], 'limit') } : {}),
      ...(intParam(q['offset'], 'offset') !== undefined ? { offset: intParam(q['offset'], 'offset') } : {}),
    });
  }

  @Get('export.csv')
  @Roles('officer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="events.csv"')
  @ApiOperation({ summary: 'The events a filter finds, every one, as CSV for a spreadsheet' })
  @EventFilterQueries()
  @ApiTextAnswer('text/csv', `One line per event, newest first, with a header row; at most ${EXPORT_MAX}`)
  @ApiErrors(400)
  async export(@CurrentPrincipal() p: Principal, @Query() q: Record<string, string | undefined>) {
    return this.query.exportCsv(p, eventFilter(q));
  }

  @Get(':id')
  @Roles('officer', 'member', 'monitoring_officer')
  @ApiOperation({
    summary: 'One event with every person told, why, and how delivery went',
    description:
      'An officer reads every event of the council. A member or leader reads only an event they were told of, with their own alerts of it and not who else was told; any other event answers 404.',
  })
  @ApiAnswer(
    { oneOf: [EVENT_DETAIL_SCHEMA, MEMBER_EVENT_SCHEMA] },
    {
      description: "The event, its versions and its alerts; for a member, the event and the member's alerts",
    },
  )
  @ApiErrors(404)
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
  @ApiAnswer(CHANGED_EVENT_SCHEMA, { description: 'The new version; its alerts are queued' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  async edit(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() patch: unknown,
    @Req() req: Request,
  ) {
    return this.editEvent.execute({
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
  @ApiAnswer(CHANGED_EVENT_SCHEMA, { description: 'Cancelled; everyone who heard of it is told' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  async cancel(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: Request,
  ) {
    const reason = body && typeof body === 'object' ? (body as { reason?: unknown }).reason : undefined;
    return this.cancelEvent.execute({
      principal: p,
      eventId: checkUuid(id, 'event'),
      reason,
      requestId: requestId(req),
    });
  }

  @Get(':id/circulation')
  @Roles('officer', 'monitoring_officer')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: 'The "Circulation under the Local Issues Alert Procedure" text for a report' })
  @ApiTextAnswer('text/plain', 'The text to paste into the report')
  @ApiErrors(404)
  async circulation(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.circulation(p, id);
  }

  @Get(':id/audit.csv')
  @Roles('democratic_services', 'officer', 'monitoring_officer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The audit trail of one event, as CSV' })
  @ApiTextAnswer('text/csv', 'One line per thing that happened, oldest first, with a header row')
  @ApiErrors(404)
  async audit(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.auditCsv(p, id);
  }
}
