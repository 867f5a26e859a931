import type { SchemaObject } from '@nestjs/swagger';
import { PREVIEW_DAYS, PREVIEW_MOST } from './preview-policy.usecase';
import { REASONS_SCHEMA, REVISION_SCHEMA } from '../events/event.schema';
import {
  arrayOf,
  BOOLEAN,
  DATE,
  DATE_TIME,
  INTEGER,
  objectOf,
  oneOfStrings,
  STRING,
  STRINGS,
  UUID,
} from '../common/schema.util';

const RULE_SCHEMA = objectOf(
  {
    rule: { type: 'string', description: 'Which rule: "Who is told", "When"…' },
    says: { type: 'string', description: 'The rule in a sentence' },
    basis: objectOf(
      {
        protocol: { type: 'string', description: "The protocol's own words, quoted" },
        choice: { type: 'string', description: "The council's reason, where the rule is its own choice" },
      },
      { optional: ['protocol', 'choice'], description: 'Where the rule comes from' },
    ),
  },
  { optional: ['basis'] },
);

/** The rules of a file in words: every kind's, and the council's own choices. */
const RULES_FIELDS: Record<string, SchemaObject> = {
  council: STRING,
  holders: {
    type: 'string',
    description: 'Which roles only one member may hold at a time, in a sentence',
  },
  kinds: arrayOf(
    objectOf({
      key: STRING,
      title: STRING,
      paragraph: STRING,
      covers: { type: 'string', description: 'What the kind covers, in one line' },
      rules: arrayOf(RULE_SCHEMA),
    }),
  ),
  choices: arrayOf(
    objectOf(
      { rule: STRING, reason: STRING, kinds: STRINGS },
      { description: "A rule that is the council's own choice, not the protocol's words" },
    ),
  ),
};

export const RULES_SCHEMA = objectOf(
  { ...RULES_FIELDS, revision: REVISION_SCHEMA },
  { description: "The revision of the council's rules in force today, in words" },
);

export const CHECKED_SCHEMA = objectOf(
  { ...RULES_FIELDS, inForceFrom: { ...DATE, description: 'The day the file says it takes effect' } },
  { description: 'The file has no problems: its rules in words' },
);

const PERSON_SCHEMA = objectOf(
  {
    id: UUID,
    name: STRING,
    kind: oneOfStrings(['member', 'officer']),
    division: STRING,
    reasons: REASONS_SCHEMA,
  },
  { optional: ['division'] },
);

export const PREVIEW_SCHEMA = objectOf(
  {
    from: { ...DATE_TIME, description: `${PREVIEW_DAYS} days ago: events registered since are re-planned` },
    checked: { ...INTEGER, description: 'How many events were re-planned' },
    more: { ...BOOLEAN, description: `More than ${PREVIEW_MOST} events: the newest ${PREVIEW_MOST} were` },
    unchanged: INTEGER,
    events: arrayOf(
      objectOf(
        {
          id: UUID,
          title: STRING,
          kind: STRING,
          registeredAt: DATE_TIME,
          revision: { ...INTEGER, description: 'The revision it was planned under' },
          added: arrayOf(PERSON_SCHEMA),
          dropped: arrayOf(PERSON_SCHEMA),
          reasonsChanged: arrayOf(PERSON_SCHEMA),
          timing: { type: 'string', description: 'How the time of the notice would change, in words' },
          excluded: STRINGS,
          refused: { type: 'string', description: 'Why the new rules could not plan it at all' },
        },
        {
          optional: ['added', 'dropped', 'reasonsChanged', 'timing', 'excluded', 'refused'],
          description: 'An event the new rules would plan differently',
        },
      ),
    ),
  },
  { description: 'What the file would change for recent events; nothing is stored' },
);

export const REVISION_LISTING_SCHEMA = objectOf({
  number: INTEGER,
  inForceFrom: { ...DATE, description: 'The London day it takes effect' },
  status: oneOfStrings(['in_force', 'future', 'superseded']),
  publishedBy: STRING,
  publishedAt: DATE_TIME,
});

export const REVISIONS_SCHEMA = objectOf({
  inForce: { ...INTEGER, nullable: true, description: 'The number of the revision in force today' },
  revisions: arrayOf(REVISION_LISTING_SCHEMA),
});

/** The body of check, preview and publish: the policy file itself. */
export const POLICY_FILE_BODY = {
  type: 'string',
  description: 'A policy file, YAML or JSON, following libs/protocol/policy.schema.json',
} as const;
