import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiKeyRequired } from '../common/api-responses.decorator';
import { BadInputError } from '../common/bad-input.error';
import { PlaceLookupService } from './place-lookup.service';
import { POSTCODE, postcodeShown } from './postcode-lookup.service';
import { PLACES_SCHEMA } from './web.schema';

const MAX_QUERY = 100;

@ApiTags('web console')
@ApiKeyRequired()
@Controller('places')
export class PlacesController {
  constructor(private readonly places: PlaceLookupService) {}

  @Get()
  @Roles('officer')
  @ApiOperation({
    summary: 'Places to find on the map: a full postcode (OS Code-Point Open), or a division by its name',
  })
  @ApiQuery({
    name: 'q',
    required: true,
    schema: { type: 'string', maxLength: MAX_QUERY },
    description: 'A postcode, like LE18 2FZ, or a division’s name or part of it',
  })
  @ApiAnswer(PLACES_SCHEMA, { description: 'The places found, the best first' })
  @ApiErrors(400, 404)
  async find(@CurrentPrincipal() p: Principal, @Query('q') q: unknown) {
    const given = (typeof q === 'string' ? q : '').trim();
    if (!given || given.length > MAX_QUERY || /[\u0000-\u001f\u007f]/.test(given)) {
      throw new BadInputError('enter a place name or a postcode', [
        {
          field: 'q',
          message: `Enter a place name or a postcode, like LE18 2FZ, in at most ${MAX_QUERY} characters`,
        },
      ]);
    }
    const places = await this.places.find(p.councilId, given);
    if (places.length) return { places };
    // The console shows the field's message on its own, so it names what was looked for.
    const message = POSTCODE.test(given)
      ? `${postcodeShown(given)} was not found; the postcode data covers the ${this.places.postcodeAreas().join(' and ')} areas`
      : `No place, division or postcode called “${given}” was found. Enter a postcode, like LE18 2FZ, or the name of a place or a division`;
    throw new BadInputError(`${given} was not found`, [{ field: 'q', message }], 404);
  }
}
