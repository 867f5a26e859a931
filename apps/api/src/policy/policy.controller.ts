import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  choicesInWords,
  consolePolicy,
  oneHolderInWords,
  policyRules,
  type Policy,
} from '@member-alerts/protocol';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import {
  ApiAnswer,
  ApiErrors,
  ApiKeyRequired,
  ApiReadsBody,
  ApiTextAnswer,
} from '../common/api-responses.decorator';
import { arrayOf, BOOLEAN, DATE, objectOf, STRING } from '../common/schema.util';
import { CouncilContextService } from '../council/council-context.service';
import { PolicyRevisionsQuery } from './policy-revisions.query';
import {
  CHECKED_SCHEMA,
  POLICY_FILE_BODY,
  PREVIEW_SCHEMA,
  REVISION_LISTING_SCHEMA,
  REVISIONS_SCHEMA,
  RULES_SCHEMA,
} from './policy.schema';
import { checkedPolicy, policyText } from './policy-text.util';
import { PreviewPolicyUseCase } from './preview-policy.usecase';
import { PublishPolicyUseCase } from './publish-policy.usecase';

// JSON too is read as text, so that a problem's line is the file's own.
export const POLICY_FILE_TYPES = ['application/yaml', 'text/yaml', 'text/plain', 'application/json'];

/** A file's rules in words, as the Rules page shows them. */
const inWords = (policy: Policy) => ({
  council: policy.council,
  holders: oneHolderInWords(policy),
  kinds: policyRules(policy),
  choices: choicesInWords(policy),
});

/** The three operations that read a policy file as their body. */
const ReadsPolicyFile = () =>
  applyDecorators(
    ApiConsumes(...POLICY_FILE_TYPES),
    ApiBody({ schema: POLICY_FILE_BODY, required: true }),
    ApiReadsBody(),
  );

const POLICY_SCHEMA = objectOf({
  council: objectOf({
    name: STRING,
    area: objectOf(
      { one: STRING, many: STRING, whole: STRING },
      {
        description:
          'What the council calls an area, its areas and its whole area, e.g. "ward", "wards", "the whole borough"',
      },
    ),
  }),
  kinds: arrayOf(
    objectOf({
      key: STRING,
      label: STRING,
      hint: STRING,
      paragraph: STRING,
      urgent: BOOLEAN,
      requires: arrayOf(
        objectOf(
          { field: STRING, label: STRING, because: STRING },
          { description: 'A field an event of this kind must give, as the form words it' },
        ),
      ),
      fields: arrayOf(
        objectOf(
          { field: STRING, label: STRING, hint: STRING, required: BOOLEAN, missing: STRING },
          {
            optional: ['hint', 'missing'],
            description: "The kind's own fields on the form, in order, with the words the form says",
          },
        ),
      ),
    }),
  ),
  roles: arrayOf(
    objectOf(
      { key: STRING, label: STRING, title: STRING, needsPortfolio: BOOLEAN },
      {
        optional: ['title', 'needsPortfolio'],
        description: "A role the council's rules name, e.g. the Leader; needsPortfolio when held for one",
      },
    ),
  ),
  bodies: arrayOf(
    objectOf({ key: STRING, label: STRING }, { description: 'A body reports go to, e.g. the Cabinet' }),
  ),
  escalation: objectOf(
    { paragraph: STRING },
    { description: 'The paragraph under which others besides the local members are told' },
  ),
});

@ApiTags('web console')
@ApiKeyRequired()
@Controller('policy')
export class PolicyController {
  constructor(
    private readonly context: CouncilContextService,
    private readonly revisions: PolicyRevisionsQuery,
    private readonly previewer: PreviewPolicyUseCase,
    private readonly publisher: PublishPolicyUseCase,
  ) {}

  @Get()
  @Roles('officer', 'member', 'leader', 'monitoring_officer')
  @ApiOperation({
    summary: "The council's rules as the console shows them: each kind of event it recognises, and its words",
  })
  @ApiAnswer(POLICY_SCHEMA, { description: "The council's kinds of event, in the order its file gives them" })
  async get(@CurrentPrincipal() p: Principal) {
    return consolePolicy((await this.context.policyOf(p.councilId)).policy);
  }

  @Get('rules')
  @Roles('officer', 'member', 'leader', 'monitoring_officer')
  @ApiOperation({
    summary:
      "The council's rules in force today, in words: for each kind who is told, when, and whether each rule is the protocol's or the council's own choice",
  })
  @ApiAnswer(RULES_SCHEMA, { description: 'The rules in words, kind by kind' })
  async rules(@CurrentPrincipal() p: Principal) {
    const { policy, revision } = await this.context.policyOf(p.councilId);
    return { ...inWords(policy), revision };
  }

  @Post('check')
  @HttpCode(200)
  @Roles('democratic_services')
  @ApiOperation({
    summary: 'Check a policy file: its problems with their line and key (400), or its rules in words',
  })
  @ApiAnswer(CHECKED_SCHEMA, { description: 'The file has no problems' })
  @ReadsPolicyFile()
  check(@Body() body: unknown) {
    const policy = checkedPolicy(policyText(body));
    return { ...inWords(policy), inForceFrom: policy.takesEffect };
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('democratic_services')
  @ApiOperation({
    summary:
      'Preview a policy file: for each event of the last 90 days, who it would add or drop and why, and any change of timing. Nothing is stored',
  })
  @ApiAnswer(PREVIEW_SCHEMA, { description: 'The events the file would plan differently' })
  @ReadsPolicyFile()
  preview(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.previewer.execute(p, body);
  }

  @Get('revisions')
  @Roles('officer', 'member', 'leader', 'monitoring_officer')
  @ApiOperation({ summary: "The revisions of the council's rules, newest first, and the one in force today" })
  @ApiAnswer(REVISIONS_SCHEMA, { description: 'Every revision, without its file' })
  list(@CurrentPrincipal() p: Principal) {
    return this.revisions.list(p.councilId);
  }

  @Post('revisions')
  @Roles('democratic_services')
  @ApiOperation({
    summary:
      'Publish a policy file as the next revision, taking effect on a London day (today or later); events already registered keep their revision',
  })
  @ApiQuery({
    name: 'inForceFrom',
    required: true,
    schema: DATE,
    description: 'The London day it takes effect',
  })
  @ApiAnswer(REVISION_LISTING_SCHEMA, { status: 201, description: 'Published, with an audit line' })
  @ReadsPolicyFile()
  publish(
    @CurrentPrincipal() p: Principal,
    @Query('inForceFrom') inForceFrom: string | undefined,
    @Body() body: unknown,
  ) {
    return this.publisher.execute({ principal: p, body, inForceFrom });
  }

  @Get('revisions/:number')
  @Roles('officer', 'member', 'leader', 'monitoring_officer')
  @ApiOperation({ summary: 'One revision of the rules: its policy file, as published' })
  @ApiTextAnswer('application/yaml', 'The policy file (YAML, or JSON as it was uploaded)')
  @ApiErrors(404)
  async download(
    @CurrentPrincipal() p: Principal,
    @Param('number') number: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!/^[1-9]\d{0,8}$/.test(number)) throw new NotFoundException(`there is no revision ${number}`);
    const text = await this.revisions.text(p.councilId, Number(number));
    res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="rules-revision-${number}.yaml"`);
    return text;
  }
}
