import type { ApiBodyOptions } from '@nestjs/swagger';
import { API_ROLES } from '@member-alerts/persistence';
import { MAX_KEY_NAME } from './api-key-fields.util';

/** The body for the OpenAPI document. The use case is what checks it. */
type BodySchema = NonNullable<Extract<ApiBodyOptions, { schema?: unknown }>['schema']>;

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
  },
  example: { name: 'Road works system', role: 'officer', expiresAt: '2027-03-31' },
};
