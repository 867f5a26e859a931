import type { CalendarPart } from './calendar';

/** A person a message is addressed to, or whom replies reach. */
export interface Addressee {
  readonly name: string;
  readonly address: string;
}

/** What a message concerns, so that a copy received can be traced to its rows. */
export interface MessageSubject {
  readonly notifications?: readonly string[];
  readonly signInLink?: string;
  /** The request that registered the event, when a caller gave one. */
  readonly requestId?: string;
}

/**
 * A message as any channel can carry it: whom it is for, whom replies reach, what it says as plain
 * text and as HTML, and a calendar invitation when there is one. How it travels (a MIME message by
 * SMTP, a template's fields for GOV.UK Notify) is the channel's business, not the message's.
 */
export interface Message {
  readonly to: Addressee;
  /** The person to ask, so that a reply reaches them rather than the no-reply sender. */
  readonly replyTo?: Addressee;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly calendar?: CalendarPart;
  /** Stable for the same message, so that a resend can be recognised (SMTP's Message-ID, Notify's reference). */
  readonly reference: string;
  readonly about: MessageSubject;
}
