import type { Message } from '@member-alerts/render';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import type { Channel } from '../channel';
import { classifySmtpFailure } from './smtp-failure.util';

export interface SmtpSettings {
  readonly url: string;
  /** The sender: MAIL_FROM. */
  readonly from: string;
  readonly poolSize: number;
  readonly timeoutMs: number;
  /** How long every send waits when the relay says it is busy. */
  readonly busyDelayMs: number;
}

export function quotedRecipient(name: string, email: string): string {
  return `"${name.replace(/["\\\r\n]/g, '')}" <${email}>`;
}

/** A message as MIME fields: the Message-ID from its reference, and headers that trace it to its rows. */
export function mailOf(message: Message, from: string): SendMailOptions {
  const { about } = message;
  const headers: Record<string, string> = {
    ...(about.notifications ? { 'X-Member-Alerts-Notification': about.notifications.join(', ') } : {}),
    ...(about.signInLink ? { 'X-Member-Alerts-Sign-In-Link': about.signInLink } : {}),
    ...(about.requestId ? { 'X-Request-Id': about.requestId } : {}),
  };
  return {
    from,
    ...(message.replyTo ? { replyTo: { name: message.replyTo.name, address: message.replyTo.address } } : {}),
    to: quotedRecipient(message.to.name, message.to.address),
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.reference}@member-alerts>`,
    headers,
    ...(message.calendar
      ? { icalEvent: { method: message.calendar.method, content: message.calendar.content } }
      : {}),
  };
}

/** E-mail through the council's relay: SMTP in production and tests, through a pooled nodemailer transport. */
export function smtpChannel(settings: SmtpSettings): Channel {
  const u = new URL(settings.url);
  const transporter: Transporter = createTransport({
    pool: true,
    maxConnections: settings.poolSize,
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 25)),
    secure: u.protocol === 'smtps:',
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    // A local mail catcher offers no TLS; a real relay should be smtps:// or offer STARTTLS.
    ignoreTLS: ['127.0.0.1', 'localhost', '::1'].includes(u.hostname),
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  });
  return {
    async send(message) {
      const info = (await transporter.sendMail(mailOf(message, settings.from))) as {
        messageId: string;
        response: string;
      };
      return { messageId: info.messageId, response: info.response };
    },
    classify: (failure) => classifySmtpFailure(failure, settings.busyDelayMs),
  };
}
