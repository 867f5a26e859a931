import { Module } from '@nestjs/common';
import { PolicyRevisionsQuery } from './policy-revisions.query';
import { PolicyController } from './policy.controller';
import { PreviewPolicyUseCase } from './preview-policy.usecase';
import { PublishPolicyUseCase } from './publish-policy.usecase';

@Module({
  controllers: [PolicyController],
  providers: [PolicyRevisionsQuery, PreviewPolicyUseCase, PublishPolicyUseCase],
})
export class PolicyModule {}
