import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { BadInputError } from '../common/bad-input.error';
import { POSTCODE, PostcodeLookupService } from './postcode-lookup.service';

@ApiTags('web console')
@ApiBearerAuth()
@Controller('postcodes')
export class PostcodesController {
  constructor(private readonly postcodes: PostcodeLookupService) {}

  @Get(':code')
  @Roles('officer')
  @ApiOperation({ summary: 'Where a postcode is (OS Code-Point Open), to place an event by postcode' })
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
      throw new BadInputError(
        `postcode ${given.toUpperCase()} was not found`,
        [{ field: 'postcode', message: `was not found; the postcode data covers the ${areas} areas` }],
        404,
      );
    }
    return place;
  }
}
