import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { CreateOfficerUseCase } from './create-officer.usecase';
import { ImportOfficersUseCase } from './import-officers.usecase';
import { OfficerQueryService } from './officer-query.service';
import { OFFICER_BODY_SCHEMA, OFFICERS_CSV_SCHEMA } from './roster.schema';
import { UpdateOfficerUseCase } from './update-officer.usecase';

@ApiTags('roster')
@ApiBearerAuth()
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
  @ApiQuery({ name: 'active', required: false, enum: ['true', 'false'] })
  async list(@CurrentPrincipal() p: Principal, @Query('active') active?: string) {
    return this.query.list(p, active || undefined);
  }

  @Post('import')
  @HttpCode(200)
  @Roles('democratic_services')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: OFFICERS_CSV_SCHEMA })
  @ApiOperation({
    summary: 'Replace the officers from a CSV: every bad row is reported and a bad file imports nothing',
  })
  async import(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.importer.execute({ principal: p, body });
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One officer (database id or the council’s id)' })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.get(p, id);
  }

  @Post()
  @Roles('democratic_services')
  @ApiBody({ schema: OFFICER_BODY_SCHEMA })
  @ApiOperation({ summary: 'Add an officer' })
  async add(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.create.execute({ principal: p, body });
  }

  @Patch(':id')
  @Roles('democratic_services')
  @ApiBody({ schema: OFFICER_BODY_SCHEMA })
  @ApiOperation({ summary: 'Change an officer' })
  async edit(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.update.execute({ principal: p, ref: id, body });
  }

  @Delete(':id')
  @Roles('democratic_services')
  @ApiOperation({ summary: 'The officer leaves: inactive, never deleted' })
  async remove(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.update.execute({ principal: p, ref: id, body: undefined, deactivate: true });
  }
}
