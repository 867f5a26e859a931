import {
  londonMoment,
  whenInWords,
  type AlertEvent,
  type EventContact,
  type Reason,
} from '@member-alerts/protocol';
import { calendarFor } from './calendar';
import type { Addressee, Message } from './message';
import { contactOf, type CouncilWording, type MessageInput } from './message-input';

/** Why this person receives it, in one line per reason, citing the paragraph. */
export function reasonLine(r: Reason, council: CouncilWording): string {
  switch (r.relation) {
    case 'local':
      return `You are a member for ${r.division ?? 'the division'}, which this affects (§${r.paragraph}).`;
    case 'adjoining':
      return `You are a member for ${r.division ?? 'a division'}, which adjoins the area affected (§${r.paragraph}).`;
    case 'interest':
      return `You registered an interest in ${r.topic ?? 'this matter'} (§${r.paragraph}).`;
    case 'escalation':
      return `You are the ${council.roleTitles[r.role ?? ''] ?? 'member'} to be told of this (§${r.paragraph}).`;
    case 'officer':
      return `You are the relevant officer for ${r.service ?? 'the service'} (§${r.paragraph}).`;
  }
}

/** Text that came from an officer: one line, no control characters. */
function clean(s: string, max = 2000): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').slice(0, max);
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/**
 * An officer's text with its paragraphs and line breaks, as the officer wrote it: a blank line
 * starts a new paragraph, a single line break stays one. The text alone would run into one block.
 */
export function paragraphsOf(s: string): string[][] {
  return clean(s.replace(/\r\n?/g, '\n'))
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trimEnd())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** The paragraphs of `paragraphsOf` as HTML, escaped. */
export function paragraphsHtml(s: string): string {
  return paragraphsOf(s)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function subjectOf(input: MessageInput): string {
  const { action, change } = input.notification;
  const title = clean(input.event.title, 150).replace(/[\r\n]+/g, ' ');
  const prefix =
    change === 'cancelled'
      ? 'Cancelled'
      : change === 'removed'
        ? 'No longer affects you'
        : change === 'updated'
          ? 'Updated'
          : action === 'invite'
            ? 'Invitation'
            : action === 'inform'
              ? "Member's public meeting"
              : 'Member alert';
  return `${prefix}: ${title}`;
}

function opening(input: MessageInput): string {
  const { change, action } = input.notification;
  switch (change) {
    case 'cancelled':
      return 'This has been cancelled.';
    case 'removed':
      return 'This was changed and no longer affects you; you need do nothing.';
    case 'updated':
      return 'This has changed since we last wrote to you.';
    case 'new':
      return action === 'invite' ? 'You are invited.' : 'For your information.';
  }
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "Where": the venue, then the divisions affected. */
function whereRows(input: MessageInput): [string, string][] {
  const { plan, event } = input;
  const divisions = plan.countywide ? input.council.wholeArea : joinNames(plan.affectedDivisions);
  const venue = event.venue ? clean(event.venue, 200) : undefined;
  if (venue)
    return divisions
      ? [
          ['Where', venue],
          ['Divisions', divisions],
        ]
      : [['Where', venue]];
  return [['Where', divisions || 'See the description']];
}

/**
 * What the member should do, in one sentence, by what kind of alert this is: the alert's own
 * e-mail and each item of a digest say it alike.
 */
export function whatToDo(
  n: Pick<MessageInput['notification'], 'action' | 'change'>,
  e: Pick<AlertEvent, 'respondBy'>,
  contact: EventContact,
): string {
  const who = clean(contact.name, 200);
  if (n.change === 'cancelled') return 'Nothing: it will not go ahead.';
  if (n.change === 'removed') return 'Nothing: it no longer affects you.';
  const by = londonMoment(e.respondBy);
  if (by) return `Respond by ${by}: reply to this e-mail, or contact ${who}.`;
  if (n.action === 'invite')
    return 'You are invited. Please accept or decline the calendar invitation, or reply to this e-mail.';
  return `For your information. You need do nothing; if you have questions, ask ${who}.`;
}

/**
 * The changes as the member reads them. A cancellation is recorded as "cancelled: <reason>"; the
 * opening line already says it is cancelled, so only the reason is shown.
 */
function changeLines(changes: readonly string[]): string[] {
  return changes
    .filter((c) => c !== 'cancelled')
    .map((c) => clean(c.startsWith('cancelled: ') ? `The reason given: ${c.slice(11)}` : c, 500));
}

/** Replies to an alert go to the officer to ask, not the sender. */
export function replyToFor(c: EventContact): Addressee {
  return { name: clean(c.name, 200).replace(/[\r\n]+/g, ' '), address: c.email };
}

/** The contact for HTML: a tap on the address writes to them, a tap on the number calls. */
export function contactHtml(c: EventContact): string {
  const email = escapeHtml(clean(c.email, 254));
  const phone = c.phone ? escapeHtml(clean(c.phone, 30)) : undefined;
  return [
    escapeHtml(clean(c.name, 200)),
    `<a href="mailto:${email}">${email}</a>`,
    ...(phone ? [`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>`] : []),
  ].join('<br>');
}

export function contactLine(c: EventContact): string {
  return [clean(c.name, 200), clean(c.email, 254), ...(c.phone ? [clean(c.phone, 30)] : [])].join(', ');
}

/** A short, plain message (§35: "a short e-mail"), as text and accessible HTML, with every reason. */
export function composeMessage(input: MessageInput): Message {
  const { notification: n, event: e, plan } = input;
  const facts: [string, string][] = [['What', clean(e.title, 200)], ...whereRows(input)];
  const starts = whenInWords(e.startsAt, e.endsAt);
  if (starts) facts.push(['When', starts]);
  const opens = londonMoment(e.opensAt);
  if (opens) facts.push(['Opens', opens]);
  const closes = londonMoment(e.closesAt);
  if (closes) facts.push(['Closes', closes]);
  const contact = contactOf(input);
  facts.push(['What to do', whatToDo(input.notification, e, contact)]);
  facts.push(['Who to ask', contactLine(contact)]);
  const link = e.link ? clean(e.link, 2000) : undefined;
  const changes = changeLines(input.changes);
  const why = n.reasons.map((r) => reasonLine(r, input.council));
  const showWhy = n.change === 'new' || n.change === 'updated';

  const textParts = [
    `Dear ${clean(n.recipientName, 200)},`,
    '',
    opening(input),
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(e.description ? paragraphsOf(e.description).flatMap((lines) => ['', ...lines]) : []),
    ...(changes.length && n.change !== 'new' ? ['', 'What changed:', ...changes.map((c) => `- ${c}`)] : []),
    ...(plan.meeting && showWhy ? ['', clean(plan.meeting.rightToAttendAndSpeak)] : []),
    ...(showWhy ? ['', 'Why you are receiving this:', ...why.map((w) => `- ${w}`)] : []),
    '',
    ...(link ? [`More information: ${link}`] : []),
    `See it in Member Alerts: ${input.eventUrl}`,
    '',
    `Please confirm you have read this: ${input.ackUrl}`,
    '',
    `Sent by Member Alerts under the Protocol on Member/Officer Relations, paragraph ${plan.paragraph}.`,
  ];

  const li = (items: readonly string[]) =>
    `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subjectOf(input))}</title></head>`,
    // One column that narrows to a phone's width (375 px) without sideways scrolling; long addresses wrap.
    '<body style="margin:0;padding:12px;font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c; max-width: 40em; overflow-wrap: anywhere">',
    `<p>Dear ${escapeHtml(clean(n.recipientName, 200))},</p>`,
    `<p><strong>${escapeHtml(opening(input))}</strong></p>`,
    `<dl style="margin:0">${facts.map(([k, v]) => `<dt style="font-weight:bold;margin-top:8px">${escapeHtml(k)}</dt><dd style="margin:0">${k === 'Who to ask' ? contactHtml(contact) : escapeHtml(v)}</dd>`).join('')}</dl>`,
    e.description ? paragraphsHtml(e.description) : '',
    changes.length && n.change !== 'new' ? `<h2 style="font-size:18px">What changed</h2>${li(changes)}` : '',
    plan.meeting && showWhy ? `<p>${escapeHtml(clean(plan.meeting.rightToAttendAndSpeak))}</p>` : '',
    showWhy ? `<h2 style="font-size:18px">Why you are receiving this</h2>${li(why)}` : '',
    link ? `<p><a href="${escapeHtml(link)}">More information</a></p>` : '',
    `<p><a href="${escapeHtml(input.eventUrl)}">See it in Member Alerts</a></p>`,
    `<p><a href="${escapeHtml(input.ackUrl)}">Confirm you have read this</a></p>`,
    `<p style="color:#505a5f;font-size:14px">Sent by Member Alerts under the Protocol on Member/Officer Relations, paragraph ${escapeHtml(plan.paragraph)}.</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');

  const calendar = calendarFor(input);
  return {
    to: { name: n.recipientName, address: n.email },
    replyTo: replyToFor(contact),
    subject: subjectOf(input),
    text: textParts.join('\n'),
    html,
    ...(calendar ? { calendar } : {}),
    reference: `${n.id}.v${n.eventVersion}`,
    about: { notifications: [n.id] },
  };
}
