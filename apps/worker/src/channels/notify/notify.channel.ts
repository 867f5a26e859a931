import { Logger } from '@nestjs/common';
import type { Message } from '@member-alerts/render';
import axios from 'axios';
import { NotifyClient } from 'notifications-node-client';
import type { Accepted, Channel, SendAttempt } from '../channel';
import { classifyNotifyFailure, rateLimitDelay, type NotifyAlert } from './notify-failure.util';

export interface NotifySettings {
  /** NOTIFY_BASE_URL: https://api.notifications.service.gov.uk, or the loopback stand-in in tests. */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** The council's one template of `((subject))` and `((body))` (e-mail), or `((body))` (text). */
  readonly templateId: string;
  /** One request may take this long; after that its outcome is unknown. */
  readonly timeoutMs: number;
  /** The first pause after a rate limit; consecutive ones double it. */
  readonly rateLimitDelayMs: number;
}

/** Whom an operator alert reaches besides the log: the worker's metrics. */
export type OnAlert = (alert: NotifyAlert) => void;

type Kind = 'email' | 'sms';

interface FoundNotification {
  id: string;
  status: string;
}

/**
 * The reference Notify keeps with a message: the outbox row's id when the message is one row's (or
 * one sign-in link's), so that a receipt and a look-up both lead back to it; a digest's own otherwise.
 */
export function notifyReference(message: Message): string {
  const rows = message.about.notifications;
  if (rows?.length === 1 && rows[0]) return rows[0];
  return message.about.signInLink ?? message.reference;
}

/**
 * E-mail or text messages through GOV.UK Notify, with its own client. Notify has no idempotency
 * key, so when an earlier try may have reached it (a timeout, a worker that died mid-send), the
 * message is first looked up by its reference and, if Notify has it, counts as sent.
 */
export function notifyChannel(
  kind: Kind,
  settings: NotifySettings,
  onAlert: OnAlert = () => undefined,
): Channel {
  const logger = new Logger(kind === 'email' ? 'NotifyEmailChannel' : 'NotifySmsChannel');
  const client = new NotifyClient(settings.baseUrl, settings.apiKey);
  client.setClient(axios.create({ timeout: settings.timeoutMs }));
  let rateLimitedInARow = 0;

  async function alreadyThere(reference: string): Promise<FoundNotification | undefined> {
    const found = await client.getNotifications(kind, undefined, reference);
    return found.data.notifications[0];
  }

  async function post(message: Message, reference: string): Promise<{ id: string }> {
    const sent =
      kind === 'email'
        ? await client.sendEmail(settings.templateId, message.to.address, {
            personalisation: { subject: message.subject, body: message.text },
            reference,
          })
        : await client.sendSms(settings.templateId, message.to.address, {
            personalisation: { body: message.text },
            reference,
          });
    return sent.data;
  }

  return {
    async send(message: Message, attempt?: SendAttempt): Promise<Accepted> {
      const reference = notifyReference(message);
      if (attempt?.mayHaveGone) {
        const found = await alreadyThere(reference);
        if (found) {
          rateLimitedInARow = 0;
          return { messageId: found.id, response: `GOV.UK Notify already had it (${found.status})` };
        }
      }
      const sent = await post(message, reference);
      rateLimitedInARow = 0;
      return { messageId: sent.id, response: 'accepted by GOV.UK Notify' };
    },
    classify(failure) {
      const rateLimited = (failure as { response?: { status?: number } } | null)?.response?.status === 429;
      if (rateLimited) rateLimitedInARow += 1;
      const read = classifyNotifyFailure(failure, {
        now: new Date(),
        rateLimitDelayMs: rateLimitDelay(settings.rateLimitDelayMs, rateLimitedInARow),
      });
      if (read.alert) {
        logger.error(
          `${read.alert === 'clock' ? 'CLOCK' : 'API KEY'}: no message can go through GOV.UK Notify: ${read.verdict.reason}`,
        );
        onAlert(read.alert);
      }
      return read.verdict;
    },
  };
}
