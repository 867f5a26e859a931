import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { BoundaryQueryService } from './boundary-query.service';
import { UploadBoundariesUseCase } from './upload-boundaries.usecase';

@ApiTags('boundaries')
@ApiBearerAuth()
@Controller('boundaries')
export class BoundariesController {
  constructor(
    private readonly upload: UploadBoundariesUseCase,
    private readonly query: BoundaryQueryService,
  ) {}

  @Post()
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Upload division boundaries (GeoJSON, WGS84 or British National Grid) as a new generation',
  })
  @ApiConsumes('application/geo+json', 'application/json')
  @ApiQuery({ name: 'label', required: true, description: 'e.g. the Electoral Changes Order' })
  @ApiQuery({ name: 'effectiveFrom', required: true, description: 'YYYY-MM-DD, the first day they apply' })
  @ApiBody({ schema: { type: 'object', description: 'A GeoJSON FeatureCollection of division polygons' } })
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
  async list(@CurrentPrincipal() p: Principal) {
    return this.query.list(p);
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One generation: its divisions with their seats and neighbours' })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.get(p, id);
  }

  @Get(':id/divisions.geojson')
  @Roles('officer')
  @Header('Content-Type', 'application/geo+json')
  @ApiOperation({ summary: 'The divisions of one generation as a WGS84 FeatureCollection' })
  async geojson(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.geojson(p, id);
  }
}
