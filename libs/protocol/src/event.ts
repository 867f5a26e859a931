// An event's fields for the web console: the field table, the kinds and the policy file's reader, all
// plain data, with none of the rules, geography or roster parsing (which need Node's Buffer) in the
// bundle. The main entry point re-exports all of it.
export type { AlertEvent, EventContact, EventFlag, EventLocation } from './lib/event/alert-event.types';
export { EVENT_KINDS, type EventKind, isEventKind } from './lib/event/event-kind';
export {
  CONTACT_SCHEMA,
  EVENT_FIELD_TABLE,
  EVENT_FIELDS,
  type EventField,
  type FormField,
} from './lib/event/event-fields';
export type {
  ChangeWording,
  FieldDefinition,
  FieldSchema,
  FormWording,
} from './lib/event/field-definition.types';
export { parsePolicy, PolicyFileError, type PolicyProblem } from './lib/policy/parse-policy';
export type { KindPolicy, Policy } from './lib/policy/policy.types';
