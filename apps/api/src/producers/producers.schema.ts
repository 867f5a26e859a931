import { PRODUCER_OUTCOMES, PRODUCER_SOURCES } from '@member-alerts/persistence';
import {
  BOOLEAN,
  DATE_TIME,
  nullable,
  objectOf,
  oneOfStrings,
  pageSchema,
  STRING,
  UUID,
} from '../common/schema.util';

/** What the Street Manager endpoint answers Amazon SNS with. */
export const SNS_ANSWER_SCHEMA = objectOf({
  result: oneOfStrings(['stored', 'duplicate', 'subscribed', 'unsubscribed']),
  message: { type: 'string', description: 'What was done, in plain words' },
});

/** A message as listed (ProducerMessageView). */
export const PRODUCER_MESSAGE_SCHEMA = objectOf({
  id: UUID,
  source: oneOfStrings(PRODUCER_SOURCES),
  messageId: { type: 'string', description: 'The sender’s own id for the message' },
  ref: { ...nullable(STRING), description: 'The sender’s reference, e.g. the works reference' },
  outcome: oneOfStrings(PRODUCER_OUTCOMES),
  reason: nullable(STRING),
  eventId: nullable(UUID),
  receivedAt: DATE_TIME,
  processedAt: nullable(DATE_TIME),
});

export const PRODUCER_MESSAGES_SCHEMA = pageSchema('messages', PRODUCER_MESSAGE_SCHEMA);

const CONNECTION = objectOf({
  connected: BOOLEAN,
  howToConnect: {
    ...nullable(STRING),
    description: 'For a producer not connected: what whoever runs the server sets, in plain words',
  },
});

export const PRODUCER_CONNECTIONS_SCHEMA = objectOf({
  'street-manager': CONNECTION,
  'citizen-space': CONNECTION,
});
