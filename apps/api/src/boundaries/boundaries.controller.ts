import { Body, Controller, Delete, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { DATE, STRING } from '../common/schema.util';
import {
  FEATURE_COLLECTION_SCHEMA,
  GENERATION_SCHEMA,
  GENERATIONS_SCHEMA,
  UPLOADED_SCHEMA,
  WITHDRAWN_SCHEMA,
} from './boundary.schema';
import { BoundaryQueryService } from './boundary-query.service';
import { UploadBoundariesUseCase } from './upload-boundaries.usecase';
import { WithdrawBoundariesUseCase } from './withdraw-boundaries.usecase';

@ApiTags('boundaries')
@ApiKeyRequired()
@Controller('boundaries')
export class BoundariesController {
  constructor(
    private readonly upload: UploadBoundariesUseCase,
    private readonly query: BoundaryQueryService,
    private readonly withdrawal: WithdrawBoundariesUseCase,
  ) {}

  @Post()
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Upload division boundaries (GeoJSON, WGS84 or British National Grid) as a new generation',
  })
  @ApiConsumes('application/geo+json', 'application/json')
  @ApiQuery({
    name: 'label',
    required: true,
    schema: STRING,
    description: 'e.g. the Electoral Changes Order',
  })
  @ApiQuery({ name: 'effectiveFrom', required: true, schema: DATE, description: 'The first day they apply' })
  @ApiBody({ schema: { type: 'object', description: 'A GeoJSON FeatureCollection of division polygons' } })
  @ApiAnswer(UPLOADED_SCHEMA, { status: 201, description: 'Stored as a new generation' })
  @ApiReadsBody()
  async create(
    @CurrentPrincipal() p: Principal,
    @Query('label') label: string | undefined,
    @Query('effectiveFrom') effectiveFrom: string | undefined,
    @Body() body: unknown,
  ) {
    return this.upload.execute({ principal: p, label, effectiveFrom, body });
  }

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'Boundary generations, newest first, and which is in effect today' })
  @ApiAnswer(GENERATIONS_SCHEMA, { description: 'Every generation, without its geometry' })
  async list(@CurrentPrincipal() p: Principal) {
    return this.query.list(p);
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One generation: its divisions with their seats and neighbours' })
  @ApiAnswer(GENERATION_SCHEMA, { description: 'The generation and its divisions' })
  @ApiErrors(404)
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.get(p, id);
  }

  @Get(':id/divisions.geojson')
  @Roles('officer')
  @Header('Content-Type', 'application/geo+json')
  @ApiOperation({ summary: 'The divisions of one generation as a WGS84 FeatureCollection' })
  @ApiAnswer(FEATURE_COLLECTION_SCHEMA, { description: 'The divisions', mediaType: 'application/geo+json' })
  @ApiErrors(404)
  async geojson(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.geojson(p, id);
  }

  @Delete(':id')
  @Roles('democratic_services')
  @ApiOperation({
    summary:
      'Withdraws a wrong upload before it takes effect; refused (409) once in effect or when an event was planned with it',
  })
  @ApiAnswer(WITHDRAWN_SCHEMA, { description: 'Withdrawn, with an audit line' })
  @ApiErrors(404, 409)
  async withdraw(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.withdrawal.execute({ principal: p, id });
  }
}
