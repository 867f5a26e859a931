import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiKeyRequired, ApiReadsBody } from '../common/api-responses.decorator';
import { MOBILE_RULE, ukMobile } from '@member-alerts/roster';
import { BadInputError, type FieldProblem } from '../common/bad-input.error';
import { PREFERENCE_CLOCK, PREFERENCES_SCHEMA } from './alert.schema';
import { ownMemberId } from './own-member.util';
import { SetPreferencesUseCase, type Preferences } from './set-preferences.usecase';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function readPreferences(body: unknown): Preferences {
  const errors: FieldProblem[] = [];
  const b =
    body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (!b)
    throw new BadInputError('the request body must be a JSON object', [
      { field: 'body', message: 'expected an object' },
    ]);
  for (const k of Object.keys(b)) {
    if (!['quietHoursStart', 'quietHoursEnd', 'digest', 'mobile'].includes(k))
      errors.push({ field: k, message: 'is not a preference' });
  }
  const clock = (field: 'quietHoursStart' | 'quietHoursEnd'): string | null => {
    const v = b[field];
    if (v === null || v === undefined || v === '') return null;
    if (typeof v !== 'string' || !CLOCK.test(v)) {
      errors.push({ field, message: 'must be a time "HH:MM" (24-hour, London time) or null' });
      return null;
    }
    return v;
  };
  const quietHoursStart = clock('quietHoursStart');
  const quietHoursEnd = clock('quietHoursEnd');
  if ((quietHoursStart === null) !== (quietHoursEnd === null)) {
    errors.push({
      field: quietHoursStart === null ? 'quietHoursStart' : 'quietHoursEnd',
      message: 'give both ends of the quiet hours, or neither',
    });
  }
  const digest = b['digest'] ?? false;
  if (typeof digest !== 'boolean') errors.push({ field: 'digest', message: 'must be true or false' });
  // Left out, the number stays as it is; null or empty removes it.
  const given = b['mobile'];
  let mobile: string | null | undefined;
  if (given === null || given === '') mobile = null;
  else if (given !== undefined) {
    mobile = typeof given === 'string' ? ukMobile(given) : undefined;
    if (!mobile) errors.push({ field: 'mobile', message: MOBILE_RULE });
  }
  if (errors.length) throw new BadInputError('the preferences have problems', errors);
  return { quietHoursStart, quietHoursEnd, digest: digest === true, ...(mobile !== undefined ? { mobile } : {}) };
}

/** A member's own delivery preferences. Urgent alerts (§35 major incidents, press enquiries, invitations) ignore them. */
@ApiTags('alerts')
@ApiKeyRequired()
@Controller('members/me/preferences')
export class PreferencesController {
  constructor(private readonly preferences: SetPreferencesUseCase) {}

  @Get()
  @Roles('member')
  @ApiOperation({ summary: 'My quiet hours, daily digest choice and mobile number' })
  @ApiAnswer(PREFERENCES_SCHEMA, { description: 'Your preferences' })
  async get(@CurrentPrincipal() p: Principal) {
    return this.preferences.current(ownMemberId(p));
  }

  @Put()
  @Roles('member')
  @ApiOperation({
    summary:
      'Set quiet hours (London time), whether non-urgent alerts come as a daily digest, and a mobile number for texts',
  })
  @ApiBody({
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        quietHoursStart: { ...PREFERENCE_CLOCK, example: '22:00', nullable: true },
        quietHoursEnd: { ...PREFERENCE_CLOCK, example: '07:00', nullable: true },
        digest: { type: 'boolean' },
        mobile: {
          type: 'string',
          nullable: true,
          maxLength: 30,
          example: '07700 900123',
          description:
            'A UK mobile number for alerts the council sends by text too; null or empty removes it, left out it stays',
        },
      },
    },
  })
  @ApiAnswer(PREFERENCES_SCHEMA, { description: 'Your preferences, as stored' })
  @ApiReadsBody()
  async put(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.preferences.execute({
      actor: p.name,
      memberId: ownMemberId(p),
      preferences: readPreferences(body),
    });
  }
}
