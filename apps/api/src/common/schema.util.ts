import type { ApiBodyOptions, SchemaObject } from '@nestjs/swagger';

/** A request body's schema for the OpenAPI document. The use cases are what check bodies. */
export type BodySchema = NonNullable<Extract<ApiBodyOptions, { schema?: unknown }>['schema']>;

// Small builders for the response schemas of the OpenAPI document, so each answer is written
// once, next to the code that produces it, in a few readable lines.

export const STRING: SchemaObject = { type: 'string' };
export const INTEGER: SchemaObject = { type: 'integer' };
export const BOOLEAN: SchemaObject = { type: 'boolean' };
export const UUID: SchemaObject = { type: 'string', format: 'uuid' };
export const DATE_TIME: SchemaObject = { type: 'string', format: 'date-time' };
export const DATE: SchemaObject = { type: 'string', format: 'date' };
export const STRINGS: SchemaObject = { type: 'array', items: STRING };

export const nullable = (s: SchemaObject): SchemaObject => ({ ...s, nullable: true });
export const arrayOf = (items: SchemaObject): SchemaObject => ({ type: 'array', items });
export const oneOfStrings = (values: readonly string[]): SchemaObject => ({
  type: 'string',
  enum: [...values],
});

/**
 * An object whose every listed property is always present, unless named in `optional`. No other
 * property is allowed, so a field the code starts to return fails the contract test until it is
 * documented here.
 */
export function objectOf(
  properties: Record<string, SchemaObject>,
  opts: { optional?: readonly string[]; open?: boolean; description?: string } = {},
): SchemaObject {
  const optional = new Set(opts.optional ?? []);
  return {
    type: 'object',
    ...(opts.description ? { description: opts.description } : {}),
    required: Object.keys(properties).filter((k) => !optional.has(k)),
    properties,
    additionalProperties: opts.open ?? false,
  };
}

/** A JSON object the API passes through as stored (an event's own fields, GeoJSON). */
export const anyObject = (description: string): SchemaObject => ({
  type: 'object',
  description,
  additionalProperties: true,
});

/** One page of a list: how many there are in all, which slice this is, and the slice. */
export const pageSchema = (name: string, item: SchemaObject, extra: Record<string, SchemaObject> = {}) =>
  objectOf({ ...extra, total: INTEGER, limit: INTEGER, offset: INTEGER, [name]: arrayOf(item) });
