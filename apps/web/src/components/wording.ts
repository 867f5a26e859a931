import { londonAt, londonDay, londonTime } from '@member-alerts/protocol/wording';
import type { DeliveryStatus, NotificationView, Reason } from '../api/types';
import type { CouncilWording } from './council-words';

/** Why one person is told, in words, with the paragraph cited; roles in the council's words. */
export function reasonText(r: Reason, words: Pick<CouncilWording, 'roleWords'>): string {
  const p = `§${r.paragraph}`;
  switch (r.relation) {
    case 'local':
      return `Member for ${r.division ?? 'the division'}, where it happens (${p})`;
    case 'adjoining':
      return `Member for ${r.division ?? 'a division'}, which adjoins the affected area (${p})`;
    case 'interest':
      return `Registered an interest in ${r.topic ?? 'the topic'} (${p})`;
    case 'escalation':
      return `Told as ${r.role ? words.roleWords(r.role) : 'a senior member'} (${p})`;
    case 'officer':
      return `Officer for ${r.service ?? 'the service'} (${p})`;
  }
}

export const ACTION_WORDS = { invite: 'Invited', notify: 'Notified', inform: 'Informed' } as const;

export const STATUS_WORDS: Readonly<Record<DeliveryStatus, string>> = {
  created: 'Waiting',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  'temporary-failure': 'Retrying',
  'permanent-failure': 'Failed',
  'technical-failure': 'Failed (technical)',
  cancelled: 'Not sent',
  acknowledged: 'Acknowledged',
  held: 'Held for democratic services',
};

// GOV.UK tag colours; every one meets contrast with its text.
export const STATUS_TAGS: Readonly<Record<DeliveryStatus, string>> = {
  created: 'govuk-tag--grey',
  queued: 'govuk-tag--grey',
  sending: 'govuk-tag--blue',
  sent: 'govuk-tag--turquoise',
  'temporary-failure': 'govuk-tag--yellow',
  'permanent-failure': 'govuk-tag--red',
  'technical-failure': 'govuk-tag--red',
  cancelled: 'govuk-tag--grey',
  acknowledged: 'govuk-tag--green',
  held: 'govuk-tag--purple',
};

// A calendar day has no time of day, so it is read and shown in UTC, where it cannot shift.
const DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const DAY_IN_LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A calendar day as the API gives it ("2026-12-03"), in words: "3 December 2026". */
export function dayInWords(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : DAY_IN_WORDS.format(d);
}

/** "Thursday 3 December 2026 at 9:14am", London time, as every moment in the console reads; `never` when there is none. */
export function dateInWords(iso: string | null | undefined, never = 'Never'): string {
  return (iso && londonAt(iso)) || never;
}

export const dateTime = (iso: string | null | undefined) => dateInWords(iso, '');

/** An expiry at UK midnight is the end of the day before, as it was entered: "End of 31 March 2027". */
export function expiryInWords(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return 'Never';
  if (londonTime(iso ?? '') !== 'midnight' || d.getTime() % 60_000 !== 0) return dateInWords(iso);
  return `End of ${DAY_IN_LONDON.format(new Date(d.getTime() - 1))}`;
}

/** Why GOV.UK Notify could not deliver a message, by channel, in the words of its own guidance. */
const UNDELIVERED: Readonly<Record<'permanent-failure' | 'temporary-failure' | 'technical-failure', [string, string]>> = {
  'permanent-failure': ['the address does not exist', 'the number does not exist or is not a mobile'],
  'temporary-failure': ['the inbox stayed full', 'the phone was off or out of signal for too long'],
  'technical-failure': ['a problem at GOV.UK Notify', 'a problem at GOV.UK Notify'],
};

/**
 * What GOV.UK Notify's last receipt said of a message, in words: "Delivered to phone at 7:02pm on
 * Monday 7 December 2026", "Could not be delivered: the address does not exist". Nothing before a
 * receipt comes.
 */
export function receiptInWords(
  n: Pick<NotificationView, 'channel' | 'deliveryStatus' | 'deliveryAt'>,
): string | undefined {
  const status = n.deliveryStatus;
  if (!status) return undefined;
  const text = n.channel === 'sms';
  if (status === 'delivered') {
    const at = n.deliveryAt ?? undefined;
    const when = at ? ` at ${londonTime(at) ?? ''} on ${londonDay(at) ?? ''}` : '';
    return `Delivered to ${text ? 'phone' : 'inbox'}${when}`;
  }
  return `Could not be delivered: ${UNDELIVERED[status][text ? 1 : 0]}`;
}
