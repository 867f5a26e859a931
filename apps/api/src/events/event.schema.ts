import type { SchemaObject } from '@nestjs/swagger';
import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES } from '@member-alerts/persistence';
import {
  CONTACT_SCHEMA as PROTOCOL_CONTACT_SCHEMA,
  COUNCIL_KINDS,
  eventBodySchema,
  jsonSchemaOf,
} from '@member-alerts/protocol';
import {
  anyObject,
  arrayOf,
  BOOLEAN,
  DATE,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  oneOfStrings,
  pageSchema,
  STRING,
  STRINGS,
  UUID,
  type BodySchema,
} from '../common/schema.util';

/** The officer members should ask: on an event, and as an API key's default for its events. */
export const CONTACT_SCHEMA: SchemaObject = jsonSchemaOf(PROTOCOL_CONTACT_SCHEMA);

export const EVENT_BODY_SCHEMA: BodySchema = {
  // One schema per field the API reads, from the protocol's field table.
  ...eventBodySchema(),
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

// What the API answers with. Plans come from libs/protocol (plan.types.ts); rows from persistence.

const ACTIONS = ['invite', 'notify', 'inform'] as const;
const RELATIONS = ['local', 'adjoining', 'interest', 'escalation', 'officer'] as const;
const EVENT_STATUS = oneOfStrings(['active', 'cancelled']);

const REASON_SCHEMA = objectOf(
  {
    relation: oneOfStrings(RELATIONS),
    paragraph: { type: 'string', description: 'The protocol paragraph(s), e.g. "28" or "26, 35"' },
    division: STRING,
    role: STRING,
    chairOf: { type: 'string', description: 'The body whose chair was told: one of the council’s bodies' },
    topic: STRING,
    service: STRING,
  },
  { optional: ['division', 'role', 'chairOf', 'topic', 'service'] },
);
export const REASONS_SCHEMA: SchemaObject = {
  ...arrayOf(REASON_SCHEMA),
  description: 'Why this person is told, each with its paragraph',
};

export const REVISION_SCHEMA: SchemaObject = objectOf(
  {
    number: INTEGER,
    inForceFrom: { ...DATE, description: 'The London day the revision took effect' },
  },
  { description: "The revision of the council's rules it was planned under" },
);

export const PLAN_SCHEMA: SchemaObject = objectOf(
  {
    eventId: UUID,
    kind: { type: 'string', description: COUNCIL_KINDS },
    title: STRING,
    paragraph: STRING,
    summary: STRING,
    basis: { type: 'string', description: 'What decided the affected divisions' },
    countywide: BOOLEAN,
    affectedDivisions: STRINGS,
    adjoiningDivisions: STRINGS,
    adjoiningAlerted: BOOLEAN,
    sendAt: DATE_TIME,
    recipients: arrayOf(
      objectOf(
        {
          id: UUID,
          name: STRING,
          email: STRING,
          kind: oneOfStrings(['member', 'officer']),
          action: oneOfStrings(ACTIONS),
          division: STRING,
          reasons: REASONS_SCHEMA,
          timing: objectOf(
            { sendAt: DATE_TIME, digest: BOOLEAN, words: STRING },
            { description: "In a preview: when the member's quiet hours or daily summary put their message" },
          ),
        },
        { optional: ['division', 'timing'] },
      ),
    ),
    excluded: arrayOf(objectOf({ reason: STRING, paragraph: STRING })),
    meeting: objectOf(
      { body: STRING, bodyName: STRING, date: STRING, rightToAttendAndSpeak: STRING, paragraph: STRING },
      { optional: ['date'] },
    ),
    warnings: STRINGS,
    revision: REVISION_SCHEMA,
  },
  {
    optional: ['eventId', 'excluded', 'meeting', 'warnings', 'revision'],
    description: 'Who must be told, and why, under the protocol',
  },
);

const ORIGIN_FIELDS: Record<string, SchemaObject> = {
  source: {
    type: 'string',
    pattern: '^[a-z][a-z0-9-]{0,39}$',
    description: 'The council system the event came from, e.g. "street-manager"; with sourceRef',
  },
  sourceRef: {
    type: 'string',
    maxLength: 200,
    description: "That system's own reference, unique per source: sent again, it answers the same event",
  },
};

/** What POST /events reads: the event, and where it came from. */
export const REGISTER_BODY_SCHEMA: BodySchema = {
  ...EVENT_BODY_SCHEMA,
  properties: { ...EVENT_BODY_SCHEMA.properties, ...ORIGIN_FIELDS },
};

export const REGISTERED_EVENT_SCHEMA = objectOf(
  {
    id: UUID,
    version: INTEGER,
    status: EVENT_STATUS,
    plan: PLAN_SCHEMA,
    queued: { type: 'integer', description: 'Alerts handed to the queue by this request' },
    outcome: {
      ...oneOfStrings(['registered', 'unchanged', 'updated']),
      description:
        'registered: a new event; unchanged: already registered and nothing members read changed; updated: a new version was made',
    },
    ...ORIGIN_FIELDS,
    changes: { ...STRINGS, description: 'What changed, in words, when the outcome is updated' },
  },
  { optional: ['source', 'sourceRef', 'changes'] },
);

export const CHANGED_EVENT_SCHEMA = objectOf({
  id: UUID,
  version: INTEGER,
  status: EVENT_STATUS,
  changes: { ...STRINGS, description: 'What changed, in words, for the alerts' },
  plan: PLAN_SCHEMA,
  notified: { type: 'integer', description: 'Alerts written for this version' },
});

// What every read of an event starts with.
const EVENT_HEAD: Record<string, SchemaObject> = {
  id: UUID,
  kind: STRING,
  title: STRING,
  status: EVENT_STATUS,
  version: INTEGER,
  createdAt: DATE_TIME,
  createdBy: STRING,
};

export const EVENT_LIST_SCHEMA = pageSchema(
  'events',
  objectOf({
    ...EVENT_HEAD,
    affectedDivisions: STRINGS,
    recipients: { type: 'integer', description: 'How many people the plan tells' },
  }),
);

export const NOTIFICATION_STATUS_SCHEMA = oneOfStrings(NOTIFICATION_STATUSES);
export const CHANGE_SCHEMA = oneOfStrings(['new', 'updated', 'removed', 'cancelled']);

const NOTIFICATION_SCHEMA = objectOf({
  id: UUID,
  version: INTEGER,
  recipient: objectOf({ kind: oneOfStrings(['member', 'officer']), id: UUID, name: STRING, email: STRING }),
  channel: { ...oneOfStrings(NOTIFICATION_CHANNELS), description: 'An e-mail, or a text message' },
  mobile: { ...nullable(STRING), description: 'The number a text went to' },
  action: oneOfStrings(ACTIONS),
  change: CHANGE_SCHEMA,
  reasons: REASONS_SCHEMA,
  sendAt: DATE_TIME,
  status: NOTIFICATION_STATUS_SCHEMA,
  attempts: INTEGER,
  lastError: nullable(STRING),
  sentAt: nullable(DATE_TIME),
  acknowledgedAt: nullable(DATE_TIME),
  deliveryStatus: {
    // null among the values too, so that a message with no receipt yet matches.
    ...nullable({ type: 'string', enum: [...DELIVERY_STATUSES, null] }),
    description: 'What GOV.UK Notify’s last delivery receipt said; null until one came',
  },
  deliveryAt: { ...nullable(DATE_TIME), description: 'When that receipt’s status was reached' },
});

export const EVENT_DETAIL_SCHEMA = objectOf({
  ...EVENT_HEAD,
  updatedAt: DATE_TIME,
  event: anyObject('The event as registered, with its latest changes'),
  origin: {
    ...nullable(objectOf({ ...ORIGIN_FIELDS, label: STRING })),
    description: 'The council system it came from, if one sent it, e.g. label "Street Manager works WRK-1"',
  },
  plan: PLAN_SCHEMA,
  delivery: {
    type: 'object',
    description: 'How many alerts of the latest version are in each status',
    additionalProperties: INTEGER,
  },
  versions: arrayOf(
    objectOf({ version: INTEGER, changes: STRINGS, createdAt: DATE_TIME, createdBy: STRING }),
  ),
  notifications: arrayOf(NOTIFICATION_SCHEMA),
});
