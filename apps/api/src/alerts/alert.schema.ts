import type { SchemaObject } from '@nestjs/swagger';
import { READER_FIELDS } from './alert-view.util';
import {
  BOOLEAN,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  oneOfStrings,
  pageSchema,
  STRING,
  STRINGS,
  UUID,
  arrayOf,
} from '../common/schema.util';
import {
  CHANGE_SCHEMA,
  CONTACT_SCHEMA,
  NOTIFICATION_STATUS_SCHEMA,
  REASONS_SCHEMA,
} from '../events/event.schema';

// What alert-view.util, the acknowledgement and the preferences answer with, for the OpenAPI document.

/** limit and offset of the alert lists, as pageOf (alert-view.util) reads them. */
export const PAGE_LIMIT: SchemaObject = {
  type: 'integer',
  minimum: 0,
  default: 50,
  description: 'Brought within 1 to 200',
};
export const PAGE_OFFSET: SchemaObject = { type: 'integer', minimum: 0, default: 0 };

/** What a member may read of an event they were told of (readerDetails, alert-view.util). */
export const READER_DETAILS_SCHEMA: SchemaObject = objectOf(
  {
    description: STRING,
    venue: STRING,
    startsAt: STRING,
    endsAt: STRING,
    opensAt: STRING,
    closesAt: STRING,
    respondBy: STRING,
    contact: CONTACT_SCHEMA,
    link: STRING,
    location: { type: 'object', description: 'GeoJSON, as registered' },
    crs: STRING,
    countywide: BOOLEAN,
    affectedDivisions: STRINGS,
    adjoiningDivisions: { ...STRINGS, description: 'Adjoining divisions whose members are told too' },
  },
  {
    optional: READER_FIELDS,
    description: 'What, when, where and whom to ask; who else was told is for officers only',
  },
);

const ALERT_PROPERTIES: Record<string, SchemaObject> = {
  id: UUID,
  event: objectOf(
    {
      id: UUID,
      kind: nullable(STRING),
      title: nullable(STRING),
      status: nullable(oneOfStrings(['active', 'cancelled'])),
      currentVersion: nullable(INTEGER),
      details: nullable(READER_DETAILS_SCHEMA),
    },
    { description: 'The event as it is now' },
  ),
  version: { type: 'integer', description: 'The version of the event this alert told of' },
  change: CHANGE_SCHEMA,
  action: oneOfStrings(['invite', 'notify', 'inform']),
  reasons: REASONS_SCHEMA,
  sendAt: DATE_TIME,
  status: NOTIFICATION_STATUS_SCHEMA,
  sentAt: nullable(DATE_TIME),
  acknowledgedAt: nullable(DATE_TIME),
};

/** GET /events/{id} for a member or leader told of it: the event, and their own alerts of it. */
export const MEMBER_EVENT_SCHEMA = objectOf(
  {
    id: UUID,
    kind: STRING,
    title: STRING,
    status: oneOfStrings(['active', 'cancelled']),
    version: INTEGER,
    createdAt: DATE_TIME,
    updatedAt: DATE_TIME,
    details: READER_DETAILS_SCHEMA,
    alerts: { ...arrayOf(objectOf(ALERT_PROPERTIES)), description: 'Your alerts of it, newest first' },
  },
  { description: 'The event as a member told of it reads it' },
);

export const MY_ALERTS_SCHEMA = pageSchema('alerts', objectOf(ALERT_PROPERTIES), { memberId: UUID });

export const ESCALATIONS_SCHEMA = pageSchema(
  'escalations',
  objectOf({
    ...ALERT_PROPERTIES,
    recipient: objectOf({ kind: oneOfStrings(['member', 'officer']), id: UUID, name: STRING }),
  }),
);

export const ACKNOWLEDGED_SCHEMA = objectOf({
  id: UUID,
  status: oneOfStrings(['acknowledged']),
  acknowledgedAt: DATE_TIME,
  alreadyAcknowledged: {
    ...BOOLEAN,
    description: 'True when an earlier request had already acknowledged it',
  },
});

/** A time of day, London time, as the preferences take it: "22:00". */
export const PREFERENCE_CLOCK: SchemaObject = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' };
const CLOCK: SchemaObject = { ...PREFERENCE_CLOCK, example: '22:00' };

export const PREFERENCES_SCHEMA = objectOf({
  quietHoursStart: nullable(CLOCK),
  quietHoursEnd: nullable(CLOCK),
  digest: BOOLEAN,
  mobile: { ...nullable(STRING), description: 'Your mobile number for texts, as people write it (07700 900123)' },
  mobileFailedAt: {
    ...nullable(DATE_TIME),
    description: 'When GOV.UK Notify said texts to that number cannot be delivered; null while they can',
  },
  digestAt: { type: 'string', description: 'When the daily digest goes, London time' },
  timeZone: oneOfStrings(['Europe/London']),
});
