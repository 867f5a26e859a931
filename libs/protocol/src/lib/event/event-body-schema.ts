import { EVENT_FIELD_TABLE, EVENT_FIELDS } from './event-fields';
import type { FieldDefinition, FieldSchema } from './field-definition.types';

/** A field's JSON Schema as a document writes it: its own copy, with mutable arrays. */
export interface JsonSchema {
  type: FieldSchema['type'];
  format?: string;
  enum?: string[];
  maxLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  description?: string;
}

export function jsonSchemaOf(schema: FieldSchema): JsonSchema {
  const { enum: values, items, properties, required, ...rest } = schema;
  return {
    ...rest,
    ...(values ? { enum: [...values] } : {}),
    ...(items ? { items: jsonSchemaOf(items) } : {}),
    ...(properties
      ? {
          properties: Object.fromEntries(
            Object.entries(properties).map(([name, s]) => [name, jsonSchemaOf(s)]),
          ),
        }
      : {}),
    ...(required ? { required: [...required] } : {}),
  };
}

/** The JSON Schema of an event as it is sent: every field but the id, which the API gives. */
export function eventBodySchema(): {
  type: 'object';
  required: string[];
  properties: Record<string, JsonSchema>;
} {
  const required: string[] = [];
  const properties: Record<string, JsonSchema> = {};
  for (const field of EVENT_FIELDS) {
    const definition: FieldDefinition = EVENT_FIELD_TABLE[field];
    if (!definition.schema) continue;
    properties[field] = jsonSchemaOf(definition.schema);
    if (definition.always) required.push(field);
  }
  return { type: 'object', required, properties };
}
