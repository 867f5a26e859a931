import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { CreateOfficerUseCase } from './create-officer.usecase';
import { ImportOfficersUseCase } from './import-officers.usecase';
import { OfficerQueryService } from './officer-query.service';
import {
  ACTIVE_FILTER,
  OFFICER_CREATE_BODY_SCHEMA,
  OFFICER_PATCH_BODY_SCHEMA,
  OFFICER_SCHEMA,
  OFFICERS_CSV_SCHEMA,
  OFFICERS_SCHEMA,
} from './roster.schema';
import { ExportRoute, ImportConfirmRoute, ImportPreviewRoute } from './roster-import.decorator';
import { officersCsv } from './roster-csv.util';
import { removeMissingFlag } from './roster-preview.util';
import { UpdateOfficerUseCase } from './update-officer.usecase';

@ApiTags('roster')
@ApiKeyRequired()
@Controller('officers')
export class OfficersController {
  constructor(
    private readonly query: OfficerQueryService,
    private readonly create: CreateOfficerUseCase,
    private readonly update: UpdateOfficerUseCase,
    private readonly importer: ImportOfficersUseCase,
  ) {}

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'Officers and the services they answer for (§30)' })
  @ApiQuery({ name: 'active', required: false, schema: ACTIVE_FILTER })
  @ApiAnswer(OFFICERS_SCHEMA, { description: 'Officers, by name' })
  @ApiErrors(400)
  async list(@CurrentPrincipal() p: Principal, @Query('active') active?: string) {
    return this.query.list(p, active || undefined);
  }

  @ExportRoute('officers')
  async export(@CurrentPrincipal() p: Principal) {
    return officersCsv((await this.query.list(p, 'true')).officers);
  }

  @ImportPreviewRoute(OFFICERS_CSV_SCHEMA)
  async import(@CurrentPrincipal() p: Principal, @Body() body: unknown, @Query('remove') remove?: string) {
    return this.importer.preview({ principal: p, body, removeMissing: removeMissingFlag(remove) });
  }

  @ImportConfirmRoute('officers')
  async confirmImport(
    @CurrentPrincipal() p: Principal,
    @Param('token') token: string,
    @Body() body: unknown,
  ) {
    return this.importer.confirm({ principal: p, token, body });
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One officer (database id or the council’s id)' })
  @ApiAnswer(OFFICER_SCHEMA, { description: 'The officer' })
  @ApiErrors(404)
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.get(p, id);
  }

  @Post()
  @Roles('democratic_services')
  @ApiBody({ schema: OFFICER_CREATE_BODY_SCHEMA })
  @ApiOperation({ summary: 'Add an officer' })
  @ApiAnswer(OFFICER_SCHEMA, { status: 201, description: 'Added' })
  @ApiReadsBody()
  @ApiErrors(409)
  async add(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.create.execute({ principal: p, body });
  }

  @Patch(':id')
  @Roles('democratic_services')
  @ApiBody({ schema: OFFICER_PATCH_BODY_SCHEMA })
  @ApiOperation({ summary: 'Change an officer' })
  @ApiAnswer(OFFICER_SCHEMA, { description: 'The officer as changed' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  async edit(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.update.execute({ principal: p, ref: id, body });
  }

  @Delete(':id')
  @Roles('democratic_services')
  @ApiOperation({ summary: 'The officer leaves: inactive, never deleted' })
  @ApiAnswer(OFFICER_SCHEMA, { description: 'The officer, now inactive' })
  @ApiErrors(404)
  async remove(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.update.execute({ principal: p, ref: id, body: undefined, deactivate: true });
  }
}
