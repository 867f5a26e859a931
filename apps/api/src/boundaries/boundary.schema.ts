import type { SchemaObject } from '@nestjs/swagger';
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
  STRING,
  STRINGS,
  UUID,
} from '../common/schema.util';

// What the boundary reads and the upload answer with, for the OpenAPI document.

const CRS = oneOfStrings(['EPSG:4326', 'EPSG:27700']);

const WARNINGS: SchemaObject = {
  ...arrayOf(
    objectOf(
      { code: STRING, divisions: STRINGS, message: STRING },
      { open: true, description: 'A topology problem worth a look: an overlap, a self-intersection…' },
    ),
  ),
};

const GENERATION_PROPERTIES: Record<string, SchemaObject> = {
  id: UUID,
  label: STRING,
  effectiveFrom: DATE,
  status: oneOfStrings(['in_effect', 'future', 'superseded']),
  sourceCrs: CRS,
  divisionCount: INTEGER,
  warnings: WARNINGS,
  createdBy: STRING,
  createdAt: DATE_TIME,
};

export const GENERATIONS_SCHEMA = objectOf({
  inEffect: nullable(UUID),
  generations: arrayOf(objectOf(GENERATION_PROPERTIES)),
});

export const GENERATION_SCHEMA = objectOf({
  ...GENERATION_PROPERTIES,
  divisions: arrayOf(objectOf({ name: STRING, seats: INTEGER, neighbours: STRINGS })),
});

export const UPLOADED_SCHEMA = objectOf({
  id: UUID,
  label: STRING,
  effectiveFrom: DATE,
  sourceCrs: CRS,
  divisionCount: INTEGER,
  inEffect: { ...BOOLEAN, description: 'Whether these are the boundaries in force today' },
  warnings: WARNINGS,
  rosterWarnings: { ...STRINGS, description: 'Members who sit for a division these boundaries do not have' },
});

export const FEATURE_COLLECTION_SCHEMA: SchemaObject = {
  ...objectOf(
    { type: oneOfStrings(['FeatureCollection']), features: arrayOf(anyObject('A GeoJSON Feature')) },
    { open: true },
  ),
  description: 'A GeoJSON FeatureCollection in WGS84',
};

export const WITHDRAWN_SCHEMA = objectOf({ id: UUID, label: STRING });
