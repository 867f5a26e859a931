import { whenInWords, type EventContact, type Reason } from '@member-alerts/protocol';
import {
  contactHtml,
  contactLine,
  escapeHtml,
  paragraphsHtml,
  paragraphsOf,
  reasonLine,
  replyToFor,
  whatToDo,
} from './compose-message';
import type { Addressee, Message } from './message';
import { contactOf, type CouncilWording, type MessageInput } from './message-input';

export interface DigestItem {
  readonly notificationId: string;
  readonly title: string;
  readonly summary: string;
  /** The event's description, as the officer wrote it. */
  readonly description?: string;
  readonly where: string;
  /** London time in words, when the event has a time. */
  readonly when?: string;
  /** What the member should do, as the alert's own e-mail would say it. */
  readonly whatToDo: string;
  /** Whom to ask. */
  readonly contact?: EventContact;
  readonly eventUrl: string;
  readonly change: 'new' | 'updated' | 'removed' | 'cancelled';
  readonly reasons: readonly Reason[];
  readonly ackUrl: string;
}

/** What a digest needs of one version of an event. */
export interface DigestVersion {
  readonly event: MessageInput['event'];
  readonly plan: MessageInput['plan'] & { readonly title?: string };
}

/** One alert of a digest: the row, the version of its event (if it is still there) and its links. */
export function digestItem(input: {
  readonly notification: Pick<MessageInput['notification'], 'id' | 'action' | 'change' | 'reasons'>;
  readonly version: DigestVersion | undefined;
  readonly eventUrl: string;
  readonly ackUrl: string;
  readonly organiser: MessageInput['organiser'];
  readonly council: CouncilWording;
}): DigestItem {
  const { notification: n, version } = input;
  const plan = version?.plan;
  const event = version?.event;
  const divisions = plan?.countywide ? input.council.wholeArea : (plan?.affectedDivisions ?? []).join(', ');
  const when = whenInWords(event?.startsAt ?? event?.opensAt, event?.endsAt ?? event?.closesAt);
  return {
    notificationId: n.id,
    title: plan?.title ?? 'An alert',
    summary: plan?.summary ?? '',
    ...(event?.description ? { description: event.description } : {}),
    where: event?.venue ? `${event.venue} (${divisions})` : divisions,
    ...(when ? { when } : {}),
    whatToDo: whatToDo(n, event ?? {}, contactOf({ event, organiser: input.organiser })),
    ...(event?.contact ? { contact: event.contact } : {}),
    eventUrl: input.eventUrl,
    change: n.change,
    reasons: n.reasons,
    ackUrl: input.ackUrl,
  };
}

/** The digest as a message to one member; `reference` is stable for the same digest. */
export function digestMessage(
  to: Addressee,
  items: readonly DigestItem[],
  reference: string,
  council: CouncilWording,
): Message {
  return {
    to,
    ...composeDigest(to.name, items, council),
    reference,
    about: { notifications: items.map((i) => i.notificationId) },
  };
}

/** One e-mail listing each event, each with why the member receives it. */
export function composeDigest(recipientName: string, items: readonly DigestItem[], council: CouncilWording) {
  const subject = `Your Member Alerts digest: ${items.length} alert${items.length === 1 ? '' : 's'}`;
  const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 300);
  const label = (i: DigestItem) => (i.change === 'updated' ? `Updated: ${clean(i.title)}` : clean(i.title));
  const text = [
    `Dear ${clean(recipientName)},`,
    '',
    `Here are the alerts that arrived for you since your last digest. Urgent ones and invitations are never held for the digest.`,
    ...items.flatMap((i, n) => [
      '',
      `${n + 1}. ${label(i)}`,
      `   ${clean(i.summary)}`,
      ...(i.description
        ? paragraphsOf(i.description).flatMap((lines, n) => [
            ...(n ? [''] : []),
            ...lines.map((l) => `   ${l}`),
          ])
        : []),
      `   Where: ${clean(i.where)}`,
      ...(i.when ? [`   When: ${clean(i.when)}`] : []),
      ...i.reasons.map((r) => `   Why: ${reasonLine(r, council)}`),
      `   What to do: ${clean(i.whatToDo)}`,
      ...(i.contact ? [`   Who to ask: ${contactLine(i.contact)}`] : []),
      `   See it in Member Alerts: ${i.eventUrl}`,
      `   Confirm you have read it: ${i.ackUrl}`,
    ]),
    '',
    'Sent by Member Alerts under the Protocol on Member/Officer Relations. Change your digest and quiet hours in your preferences.',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c; max-width: 40em">',
    `<p>Dear ${escapeHtml(clean(recipientName))},</p>`,
    '<p>Here are the alerts that arrived for you since your last digest.</p>',
    '<ol>',
    ...items.map(
      (i) =>
        `<li><h2 style="font-size:18px">${escapeHtml(label(i))}</h2><p>${escapeHtml(clean(i.summary))}</p>${i.description ? paragraphsHtml(i.description) : ''}<p><strong>Where:</strong> ${escapeHtml(clean(i.where))}</p>${i.when ? `<p><strong>When:</strong> ${escapeHtml(clean(i.when))}</p>` : ''}<p><strong>Why you are receiving this:</strong></p><ul>${i.reasons.map((r) => `<li>${escapeHtml(reasonLine(r, council))}</li>`).join('')}</ul><p><strong>What to do:</strong> ${escapeHtml(clean(i.whatToDo))}</p>${i.contact ? `<p><strong>Who to ask:</strong><br>${contactHtml(i.contact)}</p>` : ''}<p><a href="${escapeHtml(i.eventUrl)}">See it in Member Alerts</a> · <a href="${escapeHtml(i.ackUrl)}">Confirm you have read this</a></p></li>`,
    ),
    '</ol>',
    '<p style="color:#505a5f;font-size:14px">Sent by Member Alerts under the Protocol on Member/Officer Relations.</p>',
    '</body></html>',
  ].join('\n');
  return { subject, text, html, ...replyToOf(items) };
}

/**
 * Replies go to the officer when every alert in the digest names the same one, as an alert's own
 * e-mail does; with several officers, each alert says whom to ask and replies go to the sender.
 */
function replyToOf(items: readonly DigestItem[]): { replyTo?: Addressee } {
  const emails = new Set(items.map((i) => i.contact?.email.toLowerCase()));
  const contact = items[0]?.contact;
  if (emails.size !== 1 || !contact) return {};
  return { replyTo: replyToFor(contact) };
}
