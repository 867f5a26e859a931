import { whenInWords } from '@member-alerts/protocol';
import type { MessageSubject } from './message';
import type { MessageInput } from './message-input';

/** A text message: the number, what it says, and how many SMS fragments it takes. */
export interface TextMessage {
  /** The member's mobile number, +447…. */
  readonly to: string;
  readonly body: string;
  readonly fragments: number;
  /** Stable for the same message, as the e-mail's (Notify's reference is the outbox row's id). */
  readonly reference: string;
  readonly about: MessageSubject;
}

// GSM 03.38: the characters a text carries at 7 bits each; those of the extension table take two.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';
/** Typographic characters that would make the whole text Unicode (70 characters a fragment), in plain form. */
const PLAIN: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
};

/** Fewer fragments than this wherever the words allow: three of 153 GSM characters. */
export const MAX_TEXT_FRAGMENTS = 3;

/** How many SMS fragments a text takes, as networks count them. */
export function smsFragments(body: string): number {
  const chars = [...body];
  const gsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  const units = gsm ? chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0) : chars.length;
  const [single, part] = gsm ? [160, 153] : [70, 67];
  return units <= single ? 1 : Math.ceil(units / part);
}

const plain = (s: string) =>
  [...s.replace(/[\r\n\t]+/g, ' ')]
    .map((c) => PLAIN[c] ?? c)
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 3)).trimEnd()}...`;
}

function headline(n: MessageInput['notification']): string {
  if (n.change === 'cancelled') return 'Cancelled';
  if (n.change === 'updated') return 'Updated';
  return n.action === 'invite' ? 'Invitation' : 'Member alert';
}

function where(input: MessageInput, most: number): string {
  const { plan, event } = input;
  if (event.venue) return plain(event.venue);
  if (plan.countywide) return input.council.wholeArea;
  const names = plan.affectedDivisions;
  if (names.length <= most) return names.length ? names.join(', ') : 'see the link';
  return `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

/**
 * The text of an alert for a member on the move: what, where, when, and the link to the event's
 * page, in plain GSM characters so that it stays within three fragments where the words allow
 * (the title is shortened first, then the list of divisions). It holds no personal data: no name,
 * no address, nothing the e-mail does not already say.
 */
export function composeText(input: MessageInput & { readonly mobile: string }): TextMessage {
  const { notification: n, event: e } = input;
  const when = whenInWords(e.startsAt, e.endsAt);
  const compose = (titleMax: number, divisions: number) =>
    [
      `${headline(n)}: ${cut(plain(e.title), titleMax)}`,
      `Where: ${cut(where(input, divisions), 200)}`,
      ...(when ? [`When: ${plain(when)}`] : []),
      input.eventUrl,
    ].join('\n');
  let body = compose(200, 6);
  for (const [titleMax, divisions] of [
    [120, 6],
    [120, 3],
    [80, 2],
    [60, 1],
  ] as const) {
    if (smsFragments(body) <= MAX_TEXT_FRAGMENTS) break;
    body = compose(titleMax, divisions);
  }
  return {
    to: input.mobile,
    body,
    fragments: smsFragments(body),
    reference: n.id,
    about: { notifications: [n.id] },
  };
}
