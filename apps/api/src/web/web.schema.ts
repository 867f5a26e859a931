import { API_ROLES } from '@member-alerts/persistence';
import {
  anyObject,
  arrayOf,
  BOOLEAN,
  DATE_TIME,
  nullable,
  objectOf,
  oneOfStrings,
  STRING,
  STRINGS,
  UUID,
} from '../common/schema.util';
import { CONTACT_SCHEMA } from '../events/event.schema';

// What the web console's own endpoints answer with, for the OpenAPI document.

const ROLE = oneOfStrings(API_ROLES);

export const SESSION_SCHEMA = objectOf({
  role: ROLE,
  name: STRING,
  memberId: nullable(UUID),
  member: nullable(objectOf({ id: UUID, externalId: STRING, name: STRING, division: nullable(STRING) })),
  via: oneOfStrings(['session', 'key']),
  contact: {
    ...nullable(CONTACT_SCHEMA),
    description:
      'For officers and democratic services: whom members contact about an event they register that names nobody (themselves when signed in, else the contact set for the key); null when the event must name one',
  },
  csrfToken: {
    ...nullable(STRING),
    description: 'For a session: send it as X-CSRF-Token when changing anything',
  },
});

export const DEV_KEYS_SCHEMA = objectOf({
  keys: arrayOf(objectOf({ key: STRING, role: ROLE, name: STRING })),
});

export const WEB_CONFIG_SCHEMA = objectOf({
  basemapUrl: {
    ...nullable(STRING),
    description: 'A tile URL template, or null when there is no basemap or its tile server does not answer',
  },
  basemapAttribution: nullable(STRING),
  basemapAttributionUrl: nullable(STRING),
  devSignIn: BOOLEAN,
  singleSignOn: BOOLEAN,
});

export const POSTCODE_SCHEMA = objectOf({
  postcode: STRING,
  lon: { type: 'number', description: 'WGS84' },
  lat: { type: 'number', description: 'WGS84' },
  easting: { type: 'number', description: 'British National Grid' },
  northing: { type: 'number', description: 'British National Grid' },
});

export const PLACES_SCHEMA = objectOf({
  places: arrayOf(
    objectOf(
      {
        name: STRING,
        kind: oneOfStrings(['postcode', 'place', 'division']),
        lon: { type: 'number', description: 'WGS84: where to mark the place' },
        lat: { type: 'number', description: 'WGS84: where to mark the place' },
        bounds: {
          type: 'array',
          items: { type: 'number' },
          minItems: 4,
          maxItems: 4,
          description: 'A division: [west, south, east, north], WGS84',
        },
      },
      { optional: ['bounds'] },
    ),
  ),
});

const AS_GIVEN = { ...nullable(STRING), description: 'ISO 8601, as the event gave it' };

export const WEEK_EVENTS_SCHEMA = objectOf({
  from: DATE_TIME,
  to: DATE_TIME,
  events: arrayOf(
    objectOf({
      id: UUID,
      kind: STRING,
      title: STRING,
      createdAt: DATE_TIME,
      startsAt: AS_GIVEN,
      opensAt: AS_GIVEN,
      affectedDivisions: STRINGS,
      adjoiningDivisions: STRINGS,
      location: { ...anyObject('GeoJSON, as the event gave it'), nullable: true },
      crs: nullable(STRING),
    }),
  ),
});
