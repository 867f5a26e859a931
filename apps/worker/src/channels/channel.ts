import type { Message } from '@member-alerts/render';

/** What the channel's service said when it took the message: its id for it, and its own words. */
export interface Accepted {
  readonly messageId: string;
  readonly response: string;
}

/**
 * What a failed send means, as the channel that tried it reads it:
 * - `retry`: transient (the service is unreachable, or said "try later"); the message's next attempt may work;
 * - `permanent`: never (`refused`: the service refused the address or message; `technical`: our own fault);
 * - `rate-limited`: the service asked us to slow down, which says nothing of this message: every
 *   send waits `delayMs`, and the message keeps its attempts.
 */
export type FailureVerdict =
  | { readonly verdict: 'retry'; readonly reason: string }
  | { readonly verdict: 'permanent'; readonly cause: 'refused' | 'technical'; readonly reason: string }
  | { readonly verdict: 'rate-limited'; readonly delayMs: number; readonly reason: string };

/**
 * What the sender knows of earlier tries at this message. `mayHaveGone`: an earlier claim of its rows
 * ended without a recorded outcome or failed (a timeout, a worker that died mid-send), so the service
 * may already hold it; a channel whose service has no idempotency key looks before sending again.
 */
export interface SendAttempt {
  readonly mayHaveGone: boolean;
}

/**
 * A way a message reaches a person. Delivery knows only this: it sends, and asks the channel what a
 * failure means; it never reads a channel's own codes.
 */
export interface Channel {
  send(message: Message, attempt?: SendAttempt): Promise<Accepted>;
  /** The failure's meaning, with its reason in the service's words (never a stack trace). */
  classify(failure: unknown): FailureVerdict;
}

export const CHANNEL = Symbol('CHANNEL');
/** Text messages, when the installation sends them (SMS_CHANNEL); null otherwise. */
export const TEXT_CHANNEL = Symbol('TEXT_CHANNEL');
