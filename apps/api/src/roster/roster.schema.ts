import type { SchemaObject } from '@nestjs/swagger';
import { MEMBER_COLUMNS, OFFICER_COLUMNS } from '@member-alerts/roster';
import { COUNCIL_BODIES, COUNCIL_ROLES } from '@member-alerts/protocol';
import {
  arrayOf,
  BOOLEAN,
  DATE,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  STRING,
  STRINGS,
  UUID,
  type BodySchema,
} from '../common/schema.util';

const topics: BodySchema = {
  type: 'array',
  maxItems: 50,
  items: { type: 'string', maxLength: 100 },
  description: '§34 topics, lower-cased; one line of plain text each',
};

const EXTERNAL_ID = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } as const;

// What democratic services enter for a member or an officer. Each body schema lists every field
// its route reads and allows no other: the routes take their field lists from these.
const MEMBER_FIELDS: Record<string, SchemaObject> = {
  externalId: { ...EXTERNAL_ID, description: 'The council’s id' },
  id: { ...EXTERNAL_ID, description: 'The council’s id, as the roster CSV names it: the same as externalId' },
  name: { type: 'string', maxLength: 200 },
  email: { type: 'string', format: 'email' },
  division: { type: 'string', description: 'A division of the boundaries in force today' },
  roles: {
    type: 'array',
    maxItems: 20,
    items: { type: 'string', description: COUNCIL_ROLES },
    description: "The roles the member holds: the council's rules define them",
  },
  portfolio: {
    type: 'string',
    nullable: true,
    description: "Required for a role the council's rules hold for a portfolio",
  },
  interests: topics,
  mobile: {
    type: 'string',
    nullable: true,
    maxLength: 30,
    example: '07700 900123',
    description: 'A UK mobile number, for alerts the council also sends by text; null or empty removes it',
  },
  chairs: {
    type: 'array',
    maxItems: 20,
    items: { type: 'string', description: COUNCIL_BODIES },
    description: "The bodies the member chairs: the council's rules define them",
  },
};

/** The council's id, as externalId or as id. */
const EITHER_ID = [{ required: ['externalId'] }, { required: ['id'] }];

export const MEMBER_CREATE_BODY_SCHEMA: BodySchema = {
  type: 'object',
  required: ['name', 'email', 'division'],
  anyOf: EITHER_ID,
  additionalProperties: false,
  properties: {
    ...MEMBER_FIELDS,
    seatedFrom: {
      type: 'string',
      format: 'date',
      description: 'The first day of the seat, today or earlier; today when left out',
    },
  },
  example: {
    externalId: 'm056',
    name: 'Alex Example',
    email: 'alex.example@members.leics.example',
    division: 'Oadby',
    roles: [],
    interests: ['libraries'],
  },
};

export const MEMBER_PATCH_BODY_SCHEMA: BodySchema = {
  type: 'object',
  description: 'The fields to change',
  additionalProperties: false,
  properties: {
    ...MEMBER_FIELDS,
    active: { type: 'boolean', description: 'false leaves the roster, true rejoins it' },
  },
  example: { division: 'Oadby', interests: ['libraries'] },
};

const OFFICER_FIELDS: Record<string, SchemaObject> = {
  externalId: EXTERNAL_ID,
  id: { ...EXTERNAL_ID, description: 'The same as externalId' },
  name: { type: 'string', maxLength: 200 },
  email: { type: 'string', format: 'email' },
  services: { type: 'array', minItems: 1, items: { type: 'string', maxLength: 100 }, description: '§30' },
};

export const OFFICER_CREATE_BODY_SCHEMA: BodySchema = {
  type: 'object',
  required: ['name', 'email', 'services'],
  anyOf: EITHER_ID,
  additionalProperties: false,
  properties: OFFICER_FIELDS,
};

export const OFFICER_PATCH_BODY_SCHEMA: BodySchema = {
  type: 'object',
  description: 'The fields to change',
  additionalProperties: false,
  properties: { ...OFFICER_FIELDS, active: { type: 'boolean', description: 'false leaves the roster' } },
};

/** The fields a body schema lists: what its route reads. */
export const fieldsOf = (schema: BodySchema): string[] =>
  'properties' in schema ? Object.keys(schema.properties ?? {}) : [];

export const INTERESTS_BODY_SCHEMA: BodySchema = {
  type: 'object',
  required: ['topics'],
  properties: { topics },
  example: { topics: ['libraries', 'flooding'] },
};

export const csvBodySchema = (columns: readonly string[]): BodySchema => ({
  type: 'string',
  description: `CSV with a header row: ${columns.join(', ')} (lists separated by ;)`,
});

export const MEMBERS_CSV_SCHEMA = csvBodySchema(MEMBER_COLUMNS);
export const OFFICERS_CSV_SCHEMA = csvBodySchema(OFFICER_COLUMNS);

// What the roster answers with (roster-view.util), for the OpenAPI document.

const PERSON_PROPERTIES: Record<string, SchemaObject> = {
  id: UUID,
  externalId: { type: 'string', description: 'The council’s id' },
  name: STRING,
  email: STRING,
};
const STAMPS: Record<string, SchemaObject> = { active: BOOLEAN, createdAt: DATE_TIME, updatedAt: DATE_TIME };

const MEMBER_PROPERTIES: Record<string, SchemaObject> = {
  ...PERSON_PROPERTIES,
  division: { ...nullable(STRING), description: 'The seat held today; null once the member has left' },
  roles: arrayOf({ type: 'string', description: COUNCIL_ROLES }),
  portfolio: nullable(STRING),
  interests: STRINGS,
  chairs: arrayOf({ type: 'string', description: COUNCIL_BODIES }),
  erasedAt: { ...nullable(DATE_TIME), description: 'When the former member’s personal data was erased' },
  mobile: { ...nullable(STRING), description: 'Their mobile number for texts, as people write it (07700 900123)' },
  emailFailedAt: {
    ...nullable(DATE_TIME),
    description: 'When GOV.UK Notify said their e-mail address does not exist; null once it is changed',
  },
  mobileFailedAt: {
    ...nullable(DATE_TIME),
    description: 'When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed',
  },
  ...STAMPS,
};

export const MEMBERS_SCHEMA = objectOf({ total: INTEGER, members: arrayOf(objectOf(MEMBER_PROPERTIES)) });

export const MEMBER_SCHEMA = objectOf({
  ...MEMBER_PROPERTIES,
  seats: {
    ...arrayOf(objectOf({ division: STRING, termStart: DATE, termEnd: nullable(DATE) })),
    description: 'The seats held over time, latest first',
  },
});

export const INTERESTS_SCHEMA = objectOf({ id: UUID, externalId: STRING, name: STRING, topics: STRINGS });

export const OFFICER_SCHEMA = objectOf({ ...PERSON_PROPERTIES, services: STRINGS, ...STAMPS });

export const OFFICERS_SCHEMA = objectOf({ total: INTEGER, officers: arrayOf(OFFICER_SCHEMA) });

export const IMPORTED_SCHEMA = objectOf({
  created: INTEGER,
  updated: INTEGER,
  unchanged: INTEGER,
  deactivated: { type: 'integer', description: 'People missing from the file, who left the roster' },
  warnings: STRINGS,
});

const PERSON_REF = objectOf({ id: { type: 'string', description: 'The council’s id' }, name: STRING });

export const IMPORT_PREVIEW_SCHEMA = objectOf({
  token: { type: 'string', description: 'Send it to …/import/{token}/confirm to apply this preview' },
  expiresAt: { ...DATE_TIME, description: 'The preview can be confirmed until then (30 minutes)' },
  removeMissing: { type: 'boolean', description: 'Whether people not in the file would leave' },
  rosterSize: { type: 'integer', description: 'People on the roster now' },
  removeCountRequired: {
    type: 'boolean',
    description: 'More than a quarter would leave: the confirmation must send removeCount',
  },
  added: arrayOf(PERSON_REF),
  changed: arrayOf(
    objectOf({
      id: STRING,
      name: STRING,
      changes: arrayOf(
        objectOf({
          field: STRING,
          from: STRING,
          to: STRING,
          text: { type: 'string', description: 'e.g. "Division: Oadby → Wigston Poplars"' },
        }),
      ),
    }),
  ),
  unchanged: INTEGER,
  leaving: { ...arrayOf(PERSON_REF), description: 'Not in the file, and would leave the roster' },
  kept: { ...arrayOf(PERSON_REF), description: 'Not in the file, and stay on the roster' },
  warnings: STRINGS,
});

export const IMPORT_CONFIRM_BODY_SCHEMA: BodySchema = {
  type: 'object',
  properties: {
    removeCount: {
      type: 'integer',
      description: 'How many leave, typed back; required when more than a quarter of the roster would',
    },
  },
};

export const ACTIVE_FILTER: SchemaObject = { type: 'string', enum: ['true', 'false'] };
