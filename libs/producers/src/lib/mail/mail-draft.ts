import { clip, htmlToLine, htmlToText } from '../citizen-space/html-text.util';
import { findPlaces, type Gazetteer, type PlaceFound } from '../places/find-places';
import { trimReply, withoutSender } from './mail-text.util';
import { type ParsedMail, readMail } from './read-mail';

/** The kinds a draft may be; `null` leaves the choice to the officer. */
export type DraftKind = 'press_enquiry' | 'foi_request';

/** Where drafts come from: a shared mailbox, or a public body's WhatDoTheyKnow feed. */
export type DraftSource = 'mailbox' | 'whatdotheyknow';

/**
 * A draft an officer confirms (or dismisses) before anyone is told. `event` is what the register
 * form is prefilled with. `sender` is for the officer only: it is never part of `event`, so it
 * cannot reach a member's e-mail.
 */
export interface Draft {
  readonly source: DraftSource;
  /** The same key for the same message or request: a second sight of it updates the draft. */
  readonly key: string;
  readonly event: {
    readonly kind: DraftKind | null;
    readonly title: string;
    readonly description: string;
    readonly divisions: readonly string[];
    readonly link?: string;
  };
  readonly places: readonly PlaceFound[];
  /** Anything the officer should know about how the draft was made, in words. */
  readonly notes: readonly string[];
  readonly receivedAt: string | null;
  readonly sender?: { readonly name: string; readonly address: string };
  readonly attachments?: readonly {
    readonly name: string;
    readonly contentType: string;
    readonly bytes: number;
  }[];
}

export type MailResult =
  | { readonly outcome: 'draft'; readonly draft: Draft }
  | { readonly outcome: 'ignore'; readonly messageId: string | null; readonly reason: string }
  | { readonly outcome: 'error'; readonly messageId: string | null; readonly reason: string };

export interface MailOptions {
  readonly kind: DraftKind | null;
  readonly gazetteer: Gazetteer;
  /** Message-IDs already made into drafts (or ignored) from this mailbox. */
  readonly seen?: ReadonlySet<string>;
}

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 10_000;

const AUTO_SUBJECT = /^(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|auto:|autoreply)\b/i;
const BOUNCE_SENDER = /^(mailer-daemon|postmaster)@/i;

/** Why the message is not an enquiry, in words; undefined when it may be one. */
export function whyIgnored(mail: ParsedMail, seen?: ReadonlySet<string>): string | undefined {
  const h = mail.headers;
  if (mail.messageId !== null && seen?.has(mail.messageId)) {
    return `this message (${mail.messageId}) was read before`;
  }
  if (/^multipart\/report\b/i.test(mail.contentType) || BOUNCE_SENDER.test(mail.from?.address ?? '')) {
    return 'it is a delivery failure report (a bounce) from a mail server';
  }
  const auto = (h['auto-submitted'] ?? 'no').trim().toLowerCase();
  if (auto !== 'no' || h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) {
    return 'it is an automatic reply, such as an out-of-office message';
  }
  if (/^(auto_reply|bulk|junk|list)$/i.test((h['precedence'] ?? '').trim()) && !h['list-id']) {
    return `it was sent automatically (marked as ${h['precedence']?.trim().toLowerCase()} mail)`;
  }
  if (AUTO_SUBJECT.test(mail.subject.trim()))
    return 'it is an automatic reply, such as an out-of-office message';
  if (h['list-id'] !== undefined || h['list-unsubscribe'] !== undefined) {
    return 'it came from a mailing list, not from a person';
  }
  return undefined;
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A parsed message as a draft, or the reason it is not one. */
export function mailToDraft(mail: ParsedMail, o: MailOptions): MailResult {
  const ignored = whyIgnored(mail, o.seen);
  if (ignored) return { outcome: 'ignore', messageId: mail.messageId, reason: ignored };
  const notes: string[] = [];
  const plain = mail.text.trim() !== '' ? mail.text : htmlToText(mail.html);
  const title = clip(htmlToLine(mail.subject.replace(/^((re|fw|fwd)\s*:\s*)+/i, '')), MAX_TITLE);
  let description = withoutSender(trimReply(plain), mail.from);
  if (title === '' && description === '') {
    const hint = /^multipart\//i.test(mail.contentType)
      ? 'its parts could not be read (the MIME structure is broken)'
      : 'it has no subject and no text';
    return {
      outcome: 'error',
      messageId: mail.messageId,
      reason: `the message cannot be made into a draft: ${hint}`,
    };
  }
  if (description === '' && /^multipart\//i.test(mail.contentType) && mail.attachments.length === 0) {
    notes.push(
      'The message’s parts could not be read (its MIME structure is broken); the original is kept for you.',
    );
  }
  if (/\uFFFD/.test(`${title}${description}`)) {
    const charset = /charset="?([^";\s]+)/i.exec(mail.contentType)?.[1];
    notes.push(
      `Some characters could not be read${charset ? ` (the message says its text is in "${charset}")` : ''} and show as �; the original is kept for you.`,
    );
  }
  if (description.length > MAX_DESCRIPTION) {
    description = clip(description, MAX_DESCRIPTION);
    notes.push(
      `The text was cut to ${MAX_DESCRIPTION.toLocaleString('en-GB')} characters; the original is kept for you.`,
    );
  }
  if (mail.attachments.length) {
    notes.push(
      `Attached: ${mail.attachments.map((a) => `${a.name} (${kb(a.bytes)})`).join(', ')}. Attachments are not read for places.`,
    );
  }
  const found = findPlaces(`${title}\n${description}`, o.gazetteer);
  const key = mail.messageId ?? `mail-${mail.date?.toISOString() ?? 'undated'}-${title}`;
  if (mail.messageId === null)
    notes.push('The message has no Message-ID, so a second copy of it cannot be recognised.');
  return {
    outcome: 'draft',
    draft: {
      source: 'mailbox',
      key,
      event: { kind: o.kind, title: title || '(no subject)', description, divisions: found.divisions },
      places: found.places,
      notes: [...notes, ...found.notes],
      receivedAt: mail.date?.toISOString() ?? null,
      ...(mail.from ? { sender: mail.from } : {}),
      attachments: mail.attachments,
    },
  };
}

/** Reads a raw message and makes it a draft; a message mailparser cannot read at all is an error, not a throw. */
export async function readMailDraft(raw: Buffer | string, o: MailOptions): Promise<MailResult> {
  let mail: ParsedMail;
  try {
    mail = await readMail(raw);
  } catch (e) {
    return {
      outcome: 'error',
      messageId: null,
      reason: `the message could not be read: ${(e as Error).message}`,
    };
  }
  return mailToDraft(mail, o);
}
