import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '@member-alerts/persistence';
import type { SchemaObject } from '@nestjs/swagger';
import { nullable, objectOf, oneOfStrings, STRING } from '../common/schema.util';

const NOTIFY_TIME: SchemaObject = { type: 'string', example: '2017-05-14T12:15:30.000000Z' };

/**
 * GOV.UK Notify's delivery receipt, as its documentation gives it (notifications-tech-docs,
 * "Callbacks"). Notify may add fields: those are let through and not read.
 */
export const RECEIPT_BODY_SCHEMA: SchemaObject = objectOf(
  {
    id: { type: 'string', description: 'Notify’s id for the message' },
    reference: { ...nullable(STRING), description: 'Our reference: the id of the message in the outbox' },
    to: { type: 'string', description: 'The e-mail address or phone number it went to' },
    status: oneOfStrings(DELIVERY_STATUSES),
    created_at: NOTIFY_TIME,
    completed_at: nullable(NOTIFY_TIME),
    sent_at: nullable(NOTIFY_TIME),
    notification_type: oneOfStrings(NOTIFICATION_CHANNELS),
  },
  { optional: ['to', 'completed_at', 'sent_at', 'notification_type'], open: true },
);

/** What the callback answers: Notify needs only the 2xx, people reading logs the words. */
export const RECEIPT_ANSWER_SCHEMA = objectOf({
  result: oneOfStrings(['recorded', 'unchanged', 'ignored']),
  message: { type: 'string', description: 'What was done, in plain words' },
});
