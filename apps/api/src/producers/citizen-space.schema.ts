import {
  arrayOf,
  BOOLEAN,
  DATE_TIME,
  nullable,
  objectOf,
  STRING,
  STRINGS,
  UUID,
} from '../common/schema.util';
import type { BodySchema } from '../common/schema.util';

export const CITIZEN_SPACE_AREA_SCHEMA = objectOf({
  name: { type: 'string', description: 'The area name as the council’s Citizen Space site spells it' },
  divisions: { ...STRINGS, description: 'The divisions it covers; empty when it covers the whole area' },
  countywide: BOOLEAN,
  updatedAt: DATE_TIME,
  updatedBy: STRING,
});

export const HELD_CONSULTATION_SCHEMA = objectOf({
  id: { ...UUID, description: 'The stored message' },
  ref: { ...nullable(STRING), description: 'The consultation’s id on Citizen Space' },
  title: STRING,
  areas: { ...STRINGS, description: 'Its area names not yet mapped to divisions' },
  reason: nullable(STRING),
  receivedAt: DATE_TIME,
});

export const CITIZEN_SPACE_AREAS_SCHEMA = objectOf({
  areas: arrayOf(CITIZEN_SPACE_AREA_SCHEMA),
  held: {
    ...arrayOf(HELD_CONSULTATION_SCHEMA),
    description: 'Consultations waiting for an area to be mapped',
  },
});

export const CITIZEN_SPACE_AREA_BODY_SCHEMA: BodySchema = {
  type: 'object',
  description: 'Either the divisions the area covers, or the whole area (countywide: true)',
  properties: {
    divisions: { type: 'array', items: { type: 'string' }, minItems: 1 },
    countywide: { type: 'boolean', enum: [true] },
  },
};
