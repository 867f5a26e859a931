import type { Meeting, Reason } from '@member-alerts/protocol';
import { calendarFor, type CalendarPart } from './calendar';

export interface MessageInput {
  readonly notification: {
    readonly id: string;
    readonly eventId: string;
    readonly eventVersion: number;
    readonly recipientName: string;
    readonly email: string;
    readonly action: 'invite' | 'notify' | 'inform';
    readonly change: 'new' | 'updated' | 'removed' | 'cancelled';
    readonly reasons: readonly Reason[];
  };
  readonly event: {
    readonly kind: string;
    readonly title: string;
    readonly description?: string;
    readonly startsAt?: string;
    readonly endsAt?: string;
    readonly opensAt?: string;
    readonly closesAt?: string;
  };
  readonly plan: {
    readonly paragraph: string;
    readonly summary: string;
    readonly affectedDivisions: readonly string[];
    readonly countywide?: boolean;
    readonly meeting?: Meeting;
  };
  readonly changes: readonly string[];
  readonly ackUrl: string;
  readonly organiser: { readonly name: string; readonly email: string };
}

export interface ComposedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly calendar?: CalendarPart;
}

const ROLE_NAMES: Record<string, string> = {
  leader: 'Leader of the Council',
  deputy_leader: 'Deputy Leader',
  cabinet_lead_member: 'Cabinet Lead Member',
};

/** Why this person receives it, in one line per reason, citing the paragraph. */
export function reasonLine(r: Reason): string {
  switch (r.relation) {
    case 'local':
      return `You are a member for ${r.division ?? 'the division'}, which this affects (§${r.paragraph}).`;
    case 'adjoining':
      return `You are a member for ${r.division ?? 'a division'}, which adjoins the area affected (§${r.paragraph}).`;
    case 'interest':
      return `You registered an interest in ${r.topic ?? 'this matter'} (§${r.paragraph}).`;
    case 'escalation':
      return `You are the ${ROLE_NAMES[r.role ?? ''] ?? 'member'} to be told of this (§${r.paragraph}).`;
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

const LONDON = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});
function when(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : LONDON.format(d);
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

/** A short, plain message (§35: "a short e-mail"), as text and accessible HTML, with every reason. */
export function composeMessage(input: MessageInput): ComposedMessage {
  const { notification: n, event: e, plan } = input;
  const where = plan.countywide
    ? 'The whole county'
    : plan.affectedDivisions.join('; ') || 'See the description';
  const facts: [string, string][] = [
    ['What', clean(e.title, 200)],
    ['Where', where],
  ];
  const starts = when(e.startsAt);
  const ends = when(e.endsAt);
  if (starts) facts.push(['When', ends ? `${starts} to ${ends}` : starts]);
  const opens = when(e.opensAt);
  if (opens) facts.push(['Opens', opens]);
  const closes = when(e.closesAt);
  if (closes) facts.push(['Closes', closes]);
  const why = n.reasons.map(reasonLine);
  const showWhy = n.change === 'new' || n.change === 'updated';

  const textParts = [
    `Dear ${clean(n.recipientName, 200)},`,
    '',
    opening(input),
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(e.description ? ['', clean(e.description)] : []),
    ...(input.changes.length && n.change !== 'new'
      ? ['', 'What changed:', ...input.changes.map((c) => `- ${clean(c, 500)}`)]
      : []),
    ...(plan.meeting && showWhy ? ['', clean(plan.meeting.rightToAttendAndSpeak)] : []),
    ...(showWhy ? ['', 'Why you are receiving this:', ...why.map((w) => `- ${w}`)] : []),
    '',
    `Please confirm you have read this: ${input.ackUrl}`,
    '',
    `Sent by Member Alerts under the Protocol on Member/Officer Relations, paragraph ${plan.paragraph}.`,
  ];

  const li = (items: readonly string[]) =>
    `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subjectOf(input))}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c; max-width: 40em">',
    `<p>Dear ${escapeHtml(clean(n.recipientName, 200))},</p>`,
    `<p><strong>${escapeHtml(opening(input))}</strong></p>`,
    `<table role="presentation">${facts.map(([k, v]) => `<tr><th scope="row" style="text-align:left;padding-right:1em">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`,
    e.description ? `<p>${escapeHtml(clean(e.description))}</p>` : '',
    input.changes.length && n.change !== 'new'
      ? `<h2 style="font-size:18px">What changed</h2>${li(input.changes.map((c) => clean(c, 500)))}`
      : '',
    plan.meeting && showWhy ? `<p>${escapeHtml(clean(plan.meeting.rightToAttendAndSpeak))}</p>` : '',
    showWhy ? `<h2 style="font-size:18px">Why you are receiving this</h2>${li(why)}` : '',
    `<p><a href="${escapeHtml(input.ackUrl)}">Confirm you have read this</a></p>`,
    `<p style="color:#505a5f;font-size:14px">Sent by Member Alerts under the Protocol on Member/Officer Relations, paragraph ${escapeHtml(plan.paragraph)}.</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');

  const calendar = calendarFor(input);
  return { subject: subjectOf(input), text: textParts.join('\n'), html, ...(calendar ? { calendar } : {}) };
}
