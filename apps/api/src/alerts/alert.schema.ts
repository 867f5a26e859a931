import type { SchemaObject } from '@nestjs/swagger';
import {
  BOOLEAN,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  oneOfStrings,
  pageSchema,
  STRING,
  UUID,
} from '../common/schema.util';
import { CHANGE_SCHEMA, NOTIFICATION_STATUS_SCHEMA, REASONS_SCHEMA } from '../events/event.schema';

// What alert-view.util, the acknowledgement and the preferences answer with, for the OpenAPI document.

/** limit and offset of the alert lists, as pageOf (alert-view.util) reads them. */
export const PAGE_LIMIT: SchemaObject = {
  type: 'integer',
  minimum: 0,
  default: 50,
  description: 'Brought within 1 to 200',
};
export const PAGE_OFFSET: SchemaObject = { type: 'integer', minimum: 0, default: 0 };

const ALERT_PROPERTIES: Record<string, SchemaObject> = {
  id: UUID,
  event: objectOf(
    {
      id: UUID,
      kind: nullable(STRING),
      title: nullable(STRING),
      status: nullable(oneOfStrings(['active', 'cancelled'])),
      currentVersion: nullable(INTEGER),
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

const CLOCK: SchemaObject = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '22:00' };

export const PREFERENCES_SCHEMA = objectOf({
  quietHoursStart: nullable(CLOCK),
  quietHoursEnd: nullable(CLOCK),
  digest: BOOLEAN,
  digestAt: { type: 'string', description: 'When the daily digest goes, London time' },
  timeZone: oneOfStrings(['Europe/London']),
});
