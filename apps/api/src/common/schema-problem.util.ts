import type { ErrorObject } from 'ajv';
import type { FieldProblem } from './bad-input.error';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a JSON object, { … }',
  array: 'a list, [ … ]',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function given(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

/** The segments of a JSON pointer, as Ajv gives them with `jsonPointers`: "/contact/email". */
function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "contact.email", "divisions[0]". */
function fieldOf(pointer: string, root: string): string {
  let field = '';
  for (const s of segments(pointer)) field = /^\d+$/.test(s) ? `${field}[${s}]` : field ? `${field}.${s}` : s;
  return field || root;
}

function valueAt(value: unknown, pointer: string): unknown {
  let v = value;
  for (const s of segments(pointer))
    v = typeof v === 'object' && v !== null ? (v as Readonly<Record<string, unknown>>)[s] : undefined;
  return v;
}

const join = (field: string, key: string, root: string) => (field === root ? key : `${field}.${key}`);

/**
 * The first way a request body differs from the schema the API's document gives for it, in words a
 * person can act on, naming the field: the same schema the document serves is what refuses it.
 */
export function schemaProblem(e: ErrorObject, body: unknown, root = 'body'): FieldProblem {
  const field = fieldOf(e.dataPath, root);
  const value = valueAt(body, e.dataPath);
  const p = e.params as Readonly<Record<string, unknown>>;
  switch (e.keyword) {
    case 'type':
      return { field, message: `must be ${typeWords(p['type'])}, not ${given(value)}` };
    case 'required':
      return {
        field: join(field, String(p['missingProperty']).replace(/^\./, ''), root),
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        field: join(field, String(p['additionalProperty']), root),
        message: 'is not something this takes; leave it out',
      };
    case 'enum':
      return {
        field,
        message: `must be one of: ${(p['allowedValues'] as unknown[]).map((v) => String(v)).join(', ')}`,
      };
    case 'minItems':
      return { field, message: `must list at least ${String(p['limit'])}` };
    case 'maxItems':
      return { field, message: `must list at most ${String(p['limit'])}` };
    case 'minLength':
      return Number(p['limit']) === 1
        ? { field, message: 'is empty; give a value' }
        : { field, message: `must be at least ${String(p['limit'])} characters` };
    case 'maxLength':
      return { field, message: `must be at most ${String(p['limit'])} characters` };
    case 'minimum':
      return { field, message: `must be at least ${String(p['limit'])}` };
    case 'maximum':
      return { field, message: `must be at most ${String(p['limit'])}` };
    case 'pattern': {
      // The document's example is the form a person can copy ("22:00").
      const example = (e.parentSchema as { example?: unknown } | undefined)?.example;
      return typeof example === 'string'
        ? { field, message: `must be written like ${example}, not ${given(value)}` }
        : { field, message: `is not in the form the API's document gives (${String(p['pattern'])})` };
    }
    default:
      return { field, message: `is not as the API's document gives it (${e.message ?? e.keyword})` };
  }
}
