import type { ApiBodyOptions } from '@nestjs/swagger';
import { EVENT_KINDS } from '@member-alerts/protocol';

/** The event body for the OpenAPI document. libs/protocol's parseEvent is what actually checks it. */
type BodySchema = NonNullable<Extract<ApiBodyOptions, { schema?: unknown }>['schema']>;

export const EVENT_BODY_SCHEMA: BodySchema = {
  type: 'object',
  required: ['kind', 'title'],
  properties: {
    kind: { type: 'string', enum: [...EVENT_KINDS] },
    title: { type: 'string', maxLength: 200 },
    description: { type: 'string' },
    location: { type: 'object', description: 'GeoJSON geometry or Feature, WGS84, or with crs EPSG:27700' },
    crs: { type: 'string', enum: ['EPSG:4326', 'EPSG:27700'] },
    divisions: { type: 'array', items: { type: 'string' } },
    countywide: { type: 'boolean' },
    affectedArea: {
      type: 'object',
      description: 'GeoJSON: the area an issue concerns (public meetings, §29)',
    },
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    opensAt: { type: 'string', format: 'date-time' },
    closesAt: { type: 'string', format: 'date-time' },
    body: { type: 'string', enum: ['cabinet', 'scrutiny', 'regulatory', 'informal_panel', 'working_party'] },
    portfolio: { type: 'string' },
    service: { type: 'string' },
    topics: { type: 'array', items: { type: 'string' } },
    servesAdjoining: { type: 'boolean' },
    controversial: { type: 'boolean' },
    individualServiceComplaint: { type: 'boolean' },
    major: { type: 'boolean' },
    notifyAdjoining: { type: 'boolean' },
    escalate: {
      type: 'array',
      items: { type: 'string', enum: ['leader', 'deputy_leader', 'cabinet_lead_member'] },
    },
  },
  example: {
    kind: 'road_works',
    title: 'A6 resurfacing, Loughborough to Mountsorrel',
    major: true,
    startsAt: '2027-01-11T08:00:00Z',
    location: {
      type: 'LineString',
      coordinates: [
        [-1.205, 52.77],
        [-1.17, 52.745],
        [-1.14, 52.715],
      ],
    },
  },
};
