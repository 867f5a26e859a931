import type { Crs } from '@member-alerts/geo';
import type { AlertEvent } from './alert-event.types';
import type { FieldDefinition, FieldSchema } from './field-definition.types';

const LINE = { type: 'string', maxLength: 200 } as const;
const MOMENT = { type: 'string', format: 'date-time' } as const;
const FLAG = { type: 'boolean' } as const;
const WORDS = { type: 'array', items: { type: 'string' } } as const;

/** The officer members should ask: on an event, and as an API key's default for its events. */
export const CONTACT_SCHEMA = {
  type: 'object',
  required: ['name', 'email'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 200 },
    email: { type: 'string', format: 'email' },
    phone: { type: 'string', maxLength: 30 },
  },
} as const satisfies FieldSchema;

const CRS_NAMES = ['EPSG:4326', 'EPSG:27700'] as const satisfies readonly Crs[];

// The council's kinds, bodies and roles are its policy's: a document built for a council lists them
// (the API's fills these in from the policy it boots with); the table itself names none.
export const COUNCIL_KINDS = "One of the kinds of event the council's rules define";
export const COUNCIL_BODIES = "One of the bodies the council's rules define";
export const COUNCIL_ROLES = "One of the roles the council's rules define";

/**
 * Every field of an event, once, in the order they are documented and their errors are listed: its
 * JSON Schema (the API's OpenAPI document is built from it), the sentence an alert says when it
 * changes, and its label on the console's form. A field of AlertEvent missing here, or one here
 * that AlertEvent does not have, does not compile.
 */
export const EVENT_FIELD_TABLE = {
  // Given by the API, never sent.
  id: {},
  kind: { schema: { type: 'string', description: COUNCIL_KINDS }, always: true },
  title: { schema: LINE, always: true, change: { renamed: 'title' } },
  description: {
    schema: { type: 'string' },
    change: { changed: 'The description changed; it is below.', removed: 'The description was removed.' },
  },
  venue: {
    schema: { ...LINE, description: 'The place as people know it, e.g. "Oadby Library, Sandhurst Street"' },
    change: { renamed: 'venue' },
  },
  location: {
    schema: { type: 'object', description: 'GeoJSON geometry or Feature, WGS84, or with crs EPSG:27700' },
    change: { changed: 'The place on the map changed.' },
  },
  crs: { schema: { type: 'string', enum: CRS_NAMES } },
  divisions: { schema: WORDS, change: { changed: 'The divisions it affects changed.' } },
  countywide: {
    schema: FLAG,
    // {wholeArea} is the council's own words for its whole area.
    change: { now: 'It now affects {wholeArea}.', noLonger: 'It no longer affects {wholeArea}.' },
  },
  affectedArea: {
    schema: { type: 'object', description: 'GeoJSON: the area an issue concerns (public meetings, §29)' },
    change: { changed: 'The area it affects changed.' },
  },
  startsAt: { schema: MOMENT, change: { moved: 'start' }, form: { label: 'When it starts' } },
  endsAt: { schema: MOMENT, change: { moved: 'end' }, form: { label: 'When it ends' } },
  opensAt: {
    schema: MOMENT,
    change: { moved: 'opening date' },
    form: { label: 'When the consultation opens', missing: 'Enter when the consultation opens' },
  },
  closesAt: {
    schema: MOMENT,
    change: { moved: 'closing date' },
    form: { label: 'When the consultation closes' },
  },
  respondBy: {
    schema: { ...MOMENT, description: 'For a press enquiry: when the answer is due' },
    change: { moved: 'deadline to respond' },
    form: { label: 'Respond by', hint: 'When members should answer by, if the press gave a deadline.' },
  },
  contact: {
    schema: {
      ...CONTACT_SCHEMA,
      description:
        "The officer members should ask; replies to the alert reach them. When absent, the API key's default contact; an event with neither is refused",
    },
    change: { askNow: 'Please now contact', changed: 'The person to contact changed.' },
  },
  link: {
    schema: { type: 'string', format: 'uri', description: 'A https web address with more information' },
    change: {
      changed: 'The web address for more information changed.',
      removed: 'The web address for more information was removed.',
    },
  },
  body: {
    schema: { type: 'string', description: COUNCIL_BODIES },
    change: { changed: 'The meeting that considers it changed.' },
    form: { label: 'Body that considers the report', missing: 'Choose the body that considers the report' },
  },
  portfolio: {
    schema: { type: 'string' },
    change: { renamed: 'Cabinet portfolio' },
    form: { label: 'Cabinet portfolio' },
  },
  service: {
    schema: { type: 'string' },
    change: { renamed: 'service concerned' },
    form: { label: 'Service concerned', missing: 'Enter the service concerned' },
  },
  topics: { schema: WORDS, change: { changed: 'The topics it concerns changed.' } },
  servesAdjoining: {
    schema: FLAG,
    change: { marked: 'as serving neighbouring divisions too' },
    form: { label: 'The facility or service also serves adjoining divisions' },
  },
  controversial: {
    schema: FLAG,
    change: { marked: 'as controversial' },
    form: { label: 'The request covers a controversial issue' },
  },
  individualServiceComplaint: {
    schema: FLAG,
    change: { marked: 'as a complaint about a service to one person' },
    form: { label: 'This is an individual service-related complaint' },
  },
  major: {
    schema: FLAG,
    change: { marked: 'as major' },
    form: { label: 'These are major road works' },
  },
  notifyAdjoining: {
    schema: FLAG,
    change: { changed: 'Whether neighbouring divisions are told changed.' },
  },
  escalate: {
    schema: { type: 'array', items: { type: 'string', description: COUNCIL_ROLES } },
    change: { changed: 'Who else on the Council is told changed.' },
  },
} as const satisfies { readonly [K in keyof AlertEvent]-?: FieldDefinition };

type Table = typeof EVENT_FIELD_TABLE;

export type EventField = keyof Table;

/** Every field of an event, in the table's order. */
export const EVENT_FIELDS = Object.keys(EVENT_FIELD_TABLE) as readonly EventField[];

/** The fields the console's form asks for by kind: those the table gives a label. */
export type FormField = {
  [K in EventField]: Table[K] extends { readonly form: object } ? K : never;
}[EventField];
