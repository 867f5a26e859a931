import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { ApiKeyQueryService } from './api-key-query.service';
import { API_KEY_BODY_SCHEMA, API_KEYS_SCHEMA, ISSUED_API_KEY_SCHEMA } from './api-keys.schema';
import { CreateApiKeyUseCase } from './create-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';

// An id that is not a uuid names no key: the same 404 as an unknown one.
const KEY_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('no such API key') });

@ApiTags('API keys')
@ApiKeyRequired()
@Controller('api-keys')
export class ApiKeysController {
  constructor(
    private readonly query: ApiKeyQueryService,
    private readonly create: CreateApiKeyUseCase,
    private readonly revoke: RevokeApiKeyUseCase,
  ) {}

  @Get()
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'The API keys, without their secrets: who made each, when, and when it was last used',
  })
  @ApiAnswer(API_KEYS_SCHEMA, { description: 'The keys, newest first' })
  async list(@CurrentPrincipal() p: Principal) {
    return this.query.list(p);
  }

  @Post()
  @Roles('democratic_services')
  // The answer holds the key: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  @ApiBody({ schema: API_KEY_BODY_SCHEMA })
  @ApiOperation({
    summary: 'Issue a key for another council system or a person; the key is in this answer only',
  })
  @ApiAnswer(ISSUED_API_KEY_SCHEMA, { status: 201, description: 'The new key, with its secret' })
  @ApiReadsBody()
  async add(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.create.execute({ principal: p, body });
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('democratic_services')
  @ApiOperation({ summary: 'Revoke a key: refused from the next request. Revoking it again changes nothing' })
  @ApiNoContentResponse({ description: 'Revoked (or it already was)' })
  @ApiErrors(404)
  async remove(@CurrentPrincipal() p: Principal, @Param('id', KEY_ID) id: string): Promise<void> {
    await this.revoke.execute({ principal: p, id });
  }
}
