import { Module } from '@nestjs/common';
import { EmailLinkService } from '../auth/email-link.service';
import { BasemapProbeService } from './basemap-probe.service';
import { AuthSessionController } from './auth-session.controller';
import { PlaceListService } from './place-list.service';
import { PlaceLookupService } from './place-lookup.service';
import { PlacesController } from './places.controller';
import { PostcodeLookupService } from './postcode-lookup.service';
import { PostcodesController } from './postcodes.controller';
import { SignInController } from './sign-in.controller';
import { WEB_CONFIG, loadWebConfig } from './web-config.util';
import { WebConsoleController } from './web-console.controller';
import { WebMapController } from './web-map.controller';
import { WebMapQueryService } from './web-map-query.service';

/**
 * The web console (apps/web), served under /app/, and the few reads it needs that the rest of the
 * API does not offer: who a key is, development sign-in, postcodes, and maps for every role.
 */
@Module({
  controllers: [
    AuthSessionController,
    SignInController,
    PostcodesController,
    PlacesController,
    WebMapController,
    WebConsoleController,
  ],
  providers: [
    { provide: WEB_CONFIG, useFactory: () => loadWebConfig() },
    BasemapProbeService,
    EmailLinkService,
    PlaceListService,
    PlaceLookupService,
    PostcodeLookupService,
    WebMapQueryService,
  ],
})
export class WebModule {}
