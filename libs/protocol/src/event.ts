// An event's fields for the web console: the field table and the kinds, all plain data, with none of
// the rules, geography or roster parsing (which need Node's Buffer) in the bundle, nor the policy
// file's reader (the API serves the council's rules). The main entry point re-exports all of it.
export type { AlertEvent, EventContact, EventFlag, EventLocation } from './lib/event/alert-event.types';
export { type EventKind, isEventKind, kindsOf } from './lib/event/event-kind';
export {
  CONTACT_SCHEMA,
  COUNCIL_BODIES,
  COUNCIL_KINDS,
  COUNCIL_ROLES,
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
export type { KindPolicy, Policy } from './lib/policy/policy.types';
export type { ConsoleChoice, ConsoleField, ConsoleKind, ConsolePolicy } from './lib/policy/console-policy';
