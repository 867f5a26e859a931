import { createEvent, type EventAttributes } from 'ics';
import { contactOf, type MessageInput } from './message-input';

export interface CalendarPart {
  readonly method: 'REQUEST' | 'CANCEL';
  readonly content: string;
}

/**
 * An iCalendar (RFC 5545) invitation for invitations with a start time: REQUEST with a UID that
 * stays the same across versions and a SEQUENCE that rises with each edit; CANCEL when the event is
 * cancelled or no longer concerns the member, so their calendar stays right. Times are in UTC, which
 * every calendar shows in the reader's own zone.
 */
export function calendarFor(input: MessageInput): CalendarPart | undefined {
  const { notification: n, event: e } = input;
  const invitation = n.action === 'invite' || input.plan.meeting !== undefined;
  const start = e.startsAt ? Date.parse(e.startsAt) : Number.NaN;
  if (!invitation || Number.isNaN(start)) return undefined;
  const end = e.endsAt ? Date.parse(e.endsAt) : Number.NaN;
  const cancel = n.change === 'cancelled' || n.change === 'removed';
  const method = cancel ? 'CANCEL' : 'REQUEST';
  const contact = contactOf(input);
  const attributes: EventAttributes = {
    uid: `${n.eventId}@member-alerts`,
    sequence: n.eventVersion - 1,
    method,
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
    title: e.title.replace(/[\r\n]+/g, ' ').slice(0, 200),
    // What the officer wrote and where to read more; the protocol's wording stays in the e-mail.
    description: [e.description ?? e.title, e.link, input.eventUrl].filter(Boolean).join('\n\n'),
    location:
      e.venue ?? (input.plan.countywide ? input.council.wholeArea : input.plan.affectedDivisions.join(', ')),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    ...(Number.isNaN(end) || end <= start
      ? { duration: { hours: 1 } }
      : { end, endInputType: 'utc', endOutputType: 'utc' }),
    // Replies (accept, decline, a question) reach the officer to ask, not the no-reply sender.
    organizer: { name: contact.name, email: contact.email },
    attendees: [
      {
        name: n.recipientName,
        email: n.email,
        rsvp: true,
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      },
    ],
    productId: 'member-alerts',
  };
  const { error, value } = createEvent(attributes);
  if (error || !value)
    throw new Error(`could not build the calendar invitation: ${error?.message ?? 'no output'}`);
  return { method, content: value };
}
