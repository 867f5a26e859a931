import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { consolePolicy } from '@member-alerts/protocol';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiKeyRequired } from '../common/api-responses.decorator';
import { arrayOf, BOOLEAN, objectOf, STRING } from '../common/schema.util';
import { CouncilContextService } from '../council/council-context.service';

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
  constructor(private readonly context: CouncilContextService) {}

  @Get()
  @Roles('officer', 'member', 'leader')
  @ApiOperation({
    summary: "The council's rules as the console shows them: each kind of event it recognises, and its words",
  })
  @ApiAnswer(POLICY_SCHEMA, { description: "The council's kinds of event, in the order its file gives them" })
  get(@CurrentPrincipal() p: Principal) {
    return consolePolicy(this.context.policyOf(p.councilId));
  }
}
