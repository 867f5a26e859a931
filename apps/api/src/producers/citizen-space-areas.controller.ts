import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { CitizenSpaceAreasStore } from './citizen-space-areas.store';
import { CITIZEN_SPACE_AREA_BODY_SCHEMA, CITIZEN_SPACE_AREAS_SCHEMA } from './citizen-space.schema';
import { MapCitizenSpaceAreaUseCase } from './map-citizen-space-area.usecase';

@ApiTags('producers')
@ApiKeyRequired()
@Controller('producers/citizen-space/areas')
export class CitizenSpaceAreasController {
  constructor(
    private readonly store: CitizenSpaceAreasStore,
    private readonly mapArea: MapCitizenSpaceAreaUseCase,
  ) {}

  @Get()
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Citizen Space area names mapped to divisions, and the consultations waiting for one',
  })
  @ApiAnswer(CITIZEN_SPACE_AREAS_SCHEMA, { description: 'The areas and the held consultations' })
  async list(@CurrentPrincipal() p: Principal) {
    return this.store.view(p.councilId);
  }

  @Put(':name')
  @Roles('democratic_services')
  @ApiBody({ schema: CITIZEN_SPACE_AREA_BODY_SCHEMA })
  @ApiOperation({
    summary:
      'Map a Citizen Space area to divisions or to the whole area; held consultations are processed again',
  })
  @ApiAnswer(CITIZEN_SPACE_AREAS_SCHEMA, { description: 'The areas and what is still held' })
  @ApiReadsBody()
  @ApiErrors(404)
  async put(@CurrentPrincipal() p: Principal, @Param('name') name: string, @Body() body: unknown) {
    return this.mapArea.put(p, name, body);
  }

  @Delete(':name')
  @Roles('democratic_services')
  @ApiOperation({ summary: 'Forget an area’s mapping; later consultations naming it are held' })
  @ApiAnswer(CITIZEN_SPACE_AREAS_SCHEMA, { description: 'The areas and what is held' })
  @ApiErrors(404)
  async remove(@CurrentPrincipal() p: Principal, @Param('name') name: string) {
    return this.mapArea.remove(p, name);
  }
}
