import type { SchemaObject } from '@nestjs/swagger';
import {
  arrayOf,
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
import { NOTIFICATION_STATUS_SCHEMA } from '../events/event.schema';

// What the held notices list and the release and withdraw answers look like, for the OpenAPI document.

const PERIOD_SCHEMA = objectOf(
  {
    election: STRING,
    from: { ...DATE, description: 'Notice of election: the first day of the period (London)' },
    to: { ...DATE, description: 'Close of poll: the last day of the period (London)' },
    divisions: { ...nullable(STRINGS), description: 'The divisions it covers; null for the whole council' },
  },
  { description: "A pre-election period from the council's rules" },
);

export const HELD_NOTICE_SCHEMA = objectOf({
  id: UUID,
  event: objectOf({ id: UUID, title: STRING, kind: STRING, version: INTEGER }),
  recipient: objectOf({ kind: oneOfStrings(['member', 'officer']), name: STRING }),
  action: oneOfStrings(['invite', 'notify', 'inform']),
  change: oneOfStrings(['new', 'updated', 'removed', 'cancelled']),
  sendAt: { ...DATE_TIME, description: 'When it would have gone, had no period held it' },
  heldAt: DATE_TIME,
  status: NOTIFICATION_STATUS_SCHEMA,
  heldFor: PERIOD_SCHEMA,
});

export const HELD_NOTICES_SCHEMA = objectOf({
  periods: {
    ...arrayOf(PERIOD_SCHEMA),
    description: 'The periods that hold these notices, and any in the rules that has not ended yet',
  },
  notices: { ...arrayOf(HELD_NOTICE_SCHEMA), description: 'Held notices, the earliest due first' },
});

export const WITHDRAW_BODY_SCHEMA: SchemaObject = objectOf({
  reason: { ...STRING, description: 'Why it is never sent: one line, at most 1000 characters' },
});
