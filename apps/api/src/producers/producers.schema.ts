import { PRODUCER_OUTCOMES, PRODUCER_SOURCES } from '@member-alerts/persistence';
import {
  BOOLEAN,
  DATE_TIME,
  nullable,
  arrayOf,
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

const HOW_TO_CONNECT = {
  ...nullable(STRING),
  description: 'For a producer not connected: what whoever runs the server sets, in plain words',
};

const CONNECTION = objectOf({ connected: BOOLEAN, howToConnect: HOW_TO_CONNECT });

const READING = objectOf({
  name: { ...STRING, description: "The mailbox or feed, as the worker's settings name it" },
  at: { ...DATE_TIME, description: 'When the worker last tried to read it' },
  problem: { ...nullable(STRING), description: 'Why it could not be read then, in plain words' },
});

/** A source the worker reads by itself: connected when its latest read of each mailbox or feed worked. */
const POLLED_CONNECTION = objectOf({
  connected: BOOLEAN,
  howToConnect: HOW_TO_CONNECT,
  readings: { ...arrayOf(READING), description: "The worker's latest read of each mailbox or feed" },
});

export const PRODUCER_CONNECTIONS_SCHEMA = objectOf({
  'street-manager': CONNECTION,
  'citizen-space': CONNECTION,
  mailbox: POLLED_CONNECTION,
  whatdotheyknow: POLLED_CONNECTION,
});
