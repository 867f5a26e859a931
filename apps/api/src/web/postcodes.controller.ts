import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired } from '../common/api-responses.decorator';
import { BadInputError } from '../common/bad-input.error';
import { POSTCODE, PostcodeLookupService, postcodeShown } from './postcode-lookup.service';
import { POSTCODE_SCHEMA } from './web.schema';

@ApiTags('web console')
@ApiKeyRequired()
@Controller('postcodes')
export class PostcodesController {
  constructor(private readonly postcodes: PostcodeLookupService) {}

  @Get(':code')
  @Roles('officer')
  @ApiOperation({ summary: 'Where a postcode is (OS Code-Point Open), to place an event by postcode' })
  @ApiAnswer(POSTCODE_SCHEMA, { description: 'Where it is' })
  @ApiErrors(400, 404)
  find(@Param('code') code: string) {
    const given = code.trim().slice(0, 20);
    if (!POSTCODE.test(given)) {
      throw new BadInputError(`"${given}" is not a postcode`, [
        { field: 'postcode', message: 'enter a full postcode, like LE18 2FZ' },
      ]);
    }
    const place = this.postcodes.find(given);
    if (!place) {
      const areas = this.postcodes.areas().join(' and ');
      // The console shows the field's message on its own, so it names the postcode too.
      const shown = postcodeShown(given);
      throw new BadInputError(
        `postcode ${shown} was not found`,
        [
          {
            field: 'postcode',
            message: `${shown} was not found; the postcode data covers the ${areas} areas`,
          },
        ],
        404,
      );
    }
    return place;
  }
}
