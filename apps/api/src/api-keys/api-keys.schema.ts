import type { SchemaObject } from '@nestjs/swagger';
import { API_ROLES } from '@member-alerts/persistence';
import { CONTACT_SCHEMA } from '../events/event.schema';
import {
  arrayOf,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  oneOfStrings,
  STRING,
  UUID,
  type BodySchema,
} from '../common/schema.util';
import { MAX_KEY_NAME } from './api-key-fields.util';

export const API_KEY_BODY_SCHEMA: BodySchema = {
  type: 'object',
  required: ['name', 'role'],
  properties: {
    name: { type: 'string', maxLength: MAX_KEY_NAME, description: 'Who or what uses the key' },
    role: {
      type: 'string',
      enum: [...API_ROLES],
      description: 'officer for systems that register events; member and leader keys need a member',
    },
    expiresAt: {
      type: 'string',
      nullable: true,
      description:
        'Optional, in the future. A date (the last day the key works, UK time) or a date-time with its time zone',
    },
    member: {
      type: 'string',
      description: "Member and leader keys only: the member's database id or the council's id",
    },
    contact: {
      ...CONTACT_SCHEMA,
      description:
        'Officer keys: whom members should contact about events registered with the key that name nobody',
    },
  },
  example: { name: 'Road works system', role: 'officer', expiresAt: '2027-03-31' },
};

/** A key as listed (ApiKeyView): everything but its secret. */
const API_KEY_PROPERTIES: Record<string, SchemaObject> = {
  id: UUID,
  name: STRING,
  role: oneOfStrings(API_ROLES),
  prefix: { type: 'string', description: 'The key’s first characters, to tell keys apart' },
  member: nullable(objectOf({ id: UUID, externalId: STRING, name: STRING })),
  contact: nullable(CONTACT_SCHEMA),
  createdBy: nullable(STRING),
  createdAt: DATE_TIME,
  lastUsedAt: nullable(DATE_TIME),
  expiresAt: nullable(DATE_TIME),
  revokedAt: nullable(DATE_TIME),
  revokedBy: nullable(STRING),
  status: oneOfStrings(['active', 'expired', 'revoked']),
};

export const API_KEY_SCHEMA = objectOf(API_KEY_PROPERTIES);

export const API_KEYS_SCHEMA = objectOf({ total: INTEGER, keys: arrayOf(API_KEY_SCHEMA) });

export const ISSUED_API_KEY_SCHEMA = objectOf({
  ...API_KEY_PROPERTIES,
  key: { type: 'string', description: 'The key itself, shown in this answer only' },
});
