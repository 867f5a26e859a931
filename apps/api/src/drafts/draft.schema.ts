import type { SchemaObject } from '@nestjs/swagger';
import { DRAFT_SOURCES, DRAFT_STATUSES } from '@member-alerts/persistence';
import {
  arrayOf,
  BOOLEAN,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  oneOfStrings,
  STRING,
  STRINGS,
  UUID,
} from '../common/schema.util';

// What the drafts list, one draft and the confirm and dismiss answers look like, for the OpenAPI document.

const PLACE_SCHEMA = objectOf(
  {
    text: { ...STRING, description: 'As the text names it (a postcode in its usual form)' },
    kind: oneOfStrings(['postcode', 'division', 'place', 'street']),
    divisions: { ...STRINGS, description: "The divisions it lies in: none outside the council's area" },
  },
  { description: 'A place found in the text' },
);

const SUMMARY = {
  id: UUID,
  source: oneOfStrings(DRAFT_SOURCES),
  sourceInWords: { ...STRING, description: 'Where it came from, in words' },
  origin: { ...STRING, description: 'Which mailbox or feed, by its configured name' },
  kind: {
    ...nullable(oneOfStrings(['press_enquiry', 'foi_request'])),
    description: 'Null: the officer chooses',
  },
  title: STRING,
  receivedAt: { ...DATE_TIME, description: 'When it was sent, or the request made' },
  updatedAt: { ...DATE_TIME, description: 'Last change by its source or by an officer' },
  status: oneOfStrings(DRAFT_STATUSES),
  places: arrayOf(PLACE_SCHEMA),
  divisions: { ...STRINGS, description: 'The divisions the places fall in' },
  waiting: { ...BOOLEAN, description: 'Open and untouched for 3 working days under the council’s rules' },
  eventId: { ...nullable(UUID), description: 'The event it was confirmed as' },
};

export const DRAFT_SUMMARY_SCHEMA = objectOf(SUMMARY);

export const DRAFTS_SCHEMA = objectOf({
  status: oneOfStrings(DRAFT_STATUSES),
  drafts: { ...arrayOf(DRAFT_SUMMARY_SCHEMA), description: 'The newest first' },
});

export const DRAFT_SCHEMA = objectOf({
  ...SUMMARY,
  description: STRING,
  placesInText: {
    ...arrayOf(
      objectOf({
        start: { ...INTEGER, description: 'Where in the description it starts (UTF-16 units)' },
        end: INTEGER,
        place: { ...INTEGER, description: 'Which of places, counting from 0' },
      }),
    ),
    description: 'Where the places found are named in the description, in text order',
  },
  notes: { ...STRINGS, description: 'How the draft was made, in words, for the officer' },
  link: nullable(STRING),
  sender: {
    ...nullable(objectOf({ name: STRING, address: STRING })),
    description: 'Who sent it: for the officer only, never in an event; null once deleted',
  },
  original: {
    ...nullable(STRING),
    description: 'The message as it came, for the officer only; null once its keeping time has passed',
  },
  keepOriginalUntil: nullable(DATE_TIME),
  originalDeletedAt: nullable(DATE_TIME),
  decidedBy: nullable(STRING),
  decidedAt: nullable(DATE_TIME),
  dismissReason: nullable(STRING),
});

export const DISMISS_BODY_SCHEMA: SchemaObject = objectOf({
  reason: { ...STRING, description: 'Why members need not be told: one line, at most 1000 characters' },
});
