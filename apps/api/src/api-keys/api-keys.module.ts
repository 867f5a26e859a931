import { Module } from '@nestjs/common';
import { ApiKeyQueryService } from './api-key-query.service';
import { ApiKeysController } from './api-keys.controller';
import { CreateApiKeyUseCase } from './create-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';

/** Democratic services issue and revoke the keys that people and other council systems use. */
@Module({
  controllers: [ApiKeysController],
  providers: [ApiKeyQueryService, CreateApiKeyUseCase, RevokeApiKeyUseCase],
})
export class ApiKeysModule {}
