import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { FEATURE_COLLECTION_SCHEMA } from '../boundaries/boundary.schema';
import { ApiAnswer, ApiKeyRequired } from '../common/api-responses.decorator';
import { WebMapQueryService } from './web-map-query.service';
import { WEEK_EVENTS_SCHEMA } from './web.schema';

@ApiTags('web console')
@ApiKeyRequired()
@Controller('web')
export class WebMapController {
  constructor(private readonly maps: WebMapQueryService) {}

  @Get('divisions.geojson')
  @Roles('officer', 'member', 'leader', 'monitoring_officer')
  @Header('Content-Type', 'application/geo+json')
  @ApiOperation({ summary: 'The divisions in force today, as a WGS84 FeatureCollection, for the maps' })
  @ApiAnswer(FEATURE_COLLECTION_SCHEMA, {
    description:
      'The divisions, each named in "name" as plans name it, their outlines simplified for drawing (within a few metres)',
    mediaType: 'application/geo+json',
  })
  @ApiResponse({ status: 304, description: 'Not changed since the ETag given in If-None-Match' })
  async divisions(@CurrentPrincipal() p: Principal, @Res({ passthrough: true }) res: Response) {
    const { text, etag } = await this.maps.currentDivisions(p);
    // The browser keeps its copy and asks again each time; Express answers 304 when the ETag matches.
    res.set({ ETag: etag, 'Cache-Control': 'private, no-cache', Vary: 'Authorization, Cookie' });
    return text;
  }

  @Get('week-events')
  @Roles('leader', 'officer', 'monitoring_officer')
  @ApiOperation({
    summary:
      "This week's events for the Leader's map: registered in the last 7 days, or starting in the next 7",
  })
  @ApiAnswer(WEEK_EVENTS_SCHEMA, { description: 'At most 200 events, newest first' })
  async week(@CurrentPrincipal() p: Principal) {
    return this.maps.weekEvents(p);
  }
}
