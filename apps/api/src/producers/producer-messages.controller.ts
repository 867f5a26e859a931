import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PRODUCER_OUTCOMES, PRODUCER_SOURCES } from '@member-alerts/persistence';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired } from '../common/api-responses.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ProducerConnectionsService } from './producer-connections.service';
import { ProducerMessageQueryService } from './producer-message-query.service';
import { PRODUCER_CONNECTIONS_SCHEMA, PRODUCER_MESSAGES_SCHEMA } from './producers.schema';

// PostgreSQL's LIMIT and OFFSET take a 32-bit integer (with the API's own cap on limit below).
const WHOLE = { type: 'integer', minimum: 0, maximum: 2_147_483_647 } as const;

@ApiTags('producers')
@ApiKeyRequired()
@Controller('producers')
export class ProducerMessagesController {
  constructor(
    private readonly query: ProducerMessageQueryService,
    private readonly polled: ProducerConnectionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('connections')
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Whether each producer is connected, and if not, what connects it',
  })
  @ApiAnswer(PRODUCER_CONNECTIONS_SCHEMA, {
    description:
      'Street Manager and Citizen Space; the mailboxes and WhatDoTheyKnow, as the worker last read them',
  })
  async connections(@CurrentPrincipal() p: Principal) {
    // An empty list lets nothing in, so a Street Manager with no topics is not connected.
    const streetManager = this.config.streetManager.topicArns.length > 0;
    const citizenSpace = this.config.citizenSpaceConnected;
    const polled = await this.polled.polled(p.councilId);
    return {
      ...polled,
      'street-manager': {
        connected: streetManager,
        howToConnect: streetManager
          ? null
          : 'Ask whoever runs Member Alerts to set STREET_MANAGER_TOPIC_ARNS to the council’s Street Manager notification topics, and to subscribe this server’s /producers/street-manager address to them.',
      },
      'citizen-space': {
        connected: citizenSpace,
        howToConnect: citizenSpace
          ? null
          : 'Ask whoever runs Member Alerts to set CITIZEN_SPACE_URL to the council’s Citizen Space site, such as https://consult.leics.gov.uk, for both the API and the worker.',
      },
    };
  }

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
