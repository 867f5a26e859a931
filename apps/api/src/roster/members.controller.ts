import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { STRING } from '../common/schema.util';
import { CreateMemberUseCase } from './create-member.usecase';
import { DeactivateMemberUseCase } from './deactivate-member.usecase';
import { EraseMemberUseCase } from './erase-member.usecase';
import { ImportMembersUseCase } from './import-members.usecase';
import { MemberQueryService } from './member-query.service';
import {
  ACTIVE_FILTER,
  INTERESTS_BODY_SCHEMA,
  INTERESTS_SCHEMA,
  MEMBER_CREATE_BODY_SCHEMA,
  MEMBER_PATCH_BODY_SCHEMA,
  MEMBER_SCHEMA,
  MEMBERS_CSV_SCHEMA,
  MEMBERS_SCHEMA,
} from './roster.schema';
import { ExportRoute, ImportConfirmRoute, ImportPreviewRoute } from './roster-import.decorator';
import { membersCsv } from './roster-csv.util';
import { removeMissingFlag } from './roster-preview.util';
import { SetInterestsUseCase } from './set-interests.usecase';
import { UpdateMemberUseCase } from './update-member.usecase';

@ApiTags('roster')
@ApiKeyRequired()
@Controller('members')
export class MembersController {
  constructor(
    private readonly query: MemberQueryService,
    private readonly create: CreateMemberUseCase,
    private readonly update: UpdateMemberUseCase,
    private readonly deactivate: DeactivateMemberUseCase,
    private readonly importer: ImportMembersUseCase,
    private readonly setInterests: SetInterestsUseCase,
    private readonly erase: EraseMemberUseCase,
  ) {}

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'Members, with the division each sits for today' })
  @ApiQuery({ name: 'active', required: false, schema: ACTIVE_FILTER })
  @ApiQuery({ name: 'division', required: false, schema: STRING, description: 'Sits for it today' })
  @ApiAnswer(MEMBERS_SCHEMA, { description: 'Members, by name' })
  @ApiErrors(400)
  async list(
    @CurrentPrincipal() p: Principal,
    @Query('active') active?: string,
    @Query('division') division?: string,
  ) {
    return this.query.list(p, { ...(active ? { active } : {}), ...(division ? { division } : {}) });
  }

  // Active members only: the import makes everyone in its file active, so the file re-imports unchanged.
  @ExportRoute('members')
  async export(@CurrentPrincipal() p: Principal) {
    return membersCsv((await this.query.list(p, { active: 'true' })).members);
  }

  @ImportPreviewRoute(MEMBERS_CSV_SCHEMA)
  async import(@CurrentPrincipal() p: Principal, @Body() body: unknown, @Query('remove') remove?: string) {
    return this.importer.preview({ principal: p, body, removeMissing: removeMissingFlag(remove) });
  }

  @ImportConfirmRoute('roster')
  async confirmImport(
    @CurrentPrincipal() p: Principal,
    @Param('token') token: string,
    @Body() body: unknown,
  ) {
    return this.importer.confirm({ principal: p, token, body });
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One member (database id or the council’s id) with their seats over time' })
  @ApiAnswer(MEMBER_SCHEMA, { description: 'The member' })
  @ApiErrors(404)
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.get(p, id);
  }

  @Post()
  @Roles('democratic_services')
  @ApiBody({ schema: MEMBER_CREATE_BODY_SCHEMA })
  @ApiOperation({ summary: 'Add a member, seated from today or the day given' })
  @ApiAnswer(MEMBER_SCHEMA, { status: 201, description: 'Added' })
  @ApiReadsBody()
  @ApiErrors(409)
  async add(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.create.execute({ principal: p, body });
  }

  @Patch(':id')
  @Roles('democratic_services')
  @ApiBody({ schema: MEMBER_PATCH_BODY_SCHEMA })
  @ApiOperation({ summary: 'Change a member; a new division closes the old seat and opens a new one' })
  @ApiAnswer(MEMBER_SCHEMA, { description: 'The member as changed' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  async edit(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.update.execute({ principal: p, ref: id, body });
  }

  @Delete(':id')
  @Roles('democratic_services')
  @ApiOperation({ summary: 'The member leaves the roster: inactive, seat ended today, never deleted' })
  @ApiAnswer(MEMBER_SCHEMA, { description: 'The member, now inactive' })
  @ApiErrors(404)
  async remove(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.deactivate.execute({ principal: p, ref: id });
  }

  @Post(':id/erase')
  @Roles('democratic_services')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Erase a former member’s name, e-mail, interests and preferences; the record of what they were sent stays',
  })
  @ApiAnswer(MEMBER_SCHEMA, { description: 'The member as erased (erasing again changes nothing)' })
  @ApiErrors(404, 409)
  async eraseMember(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.erase.execute({ principal: p, ref: id });
  }

  @Get(':id/interests')
  @Roles('officer')
  @ApiOperation({ summary: '§34: the topics a member has asked to hear about' })
  @ApiAnswer(INTERESTS_SCHEMA, { description: 'The member’s topics' })
  @ApiErrors(404)
  async interests(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.query.interests(p, id);
  }

  @Put(':id/interests')
  @Roles('democratic_services')
  @ApiBody({ schema: INTERESTS_BODY_SCHEMA })
  @ApiOperation({ summary: '§34: replace a member’s topics of interest' })
  @ApiAnswer(INTERESTS_SCHEMA, { description: 'The member’s topics, as stored' })
  @ApiReadsBody()
  @ApiErrors(404, 409)
  async putInterests(@CurrentPrincipal() p: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.setInterests.execute({ principal: p, ref: id, body });
  }
}
