import { EVENT_FIELD_TABLE, EVENT_FIELDS } from './event-fields';
import type { FieldSchema } from './field-definition.types';

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

/** The JSON Schema of each field an event is sent with (all but the id, which the API gives). */
export function eventBodyProperties(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const field of EVENT_FIELDS) {
    const definition: { readonly schema?: FieldSchema } = EVENT_FIELD_TABLE[field];
    if (definition.schema) out[field] = jsonSchemaOf(definition.schema);
  }
  return out;
}
