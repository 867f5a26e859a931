import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  readonly from: string;
  /** Where replies go: the officer to ask, as the sender does not read its mail. */
  readonly replyTo?: { readonly name: string; readonly address: string };
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Stable per notification, so a resend can be recognised. */
  readonly messageId: string;
  readonly headers?: Record<string, string>;
  readonly calendar?: { method: string; content: string };
}

/** The one side effect of delivery. SMTP in production and tests; swap it for a sink in development if need be. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ messageId: string; response: string }>;
  verify(): Promise<boolean>;
  close(): void;
}

export function smtpTransport(url: string, poolSize: number, timeoutMs: number): MailTransport {
  const u = new URL(url);
  const transporter: Transporter = createTransport({
    pool: true,
    maxConnections: poolSize,
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 25)),
    secure: u.protocol === 'smtps:',
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    // A local mail catcher offers no TLS; a real relay should be smtps:// or offer STARTTLS.
    ignoreTLS: ['127.0.0.1', 'localhost', '::1'].includes(u.hostname),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail) {
      const info = (await transporter.sendMail({
        from: mail.from,
        ...(mail.replyTo ? { replyTo: { name: mail.replyTo.name, address: mail.replyTo.address } } : {}),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        ...(mail.headers ? { headers: mail.headers } : {}),
        ...(mail.calendar
          ? { icalEvent: { method: mail.calendar.method, content: mail.calendar.content } }
          : {}),
      })) as { messageId: string; response: string };
      return { messageId: info.messageId, response: info.response };
    },
    async verify() {
      try {
        return await transporter.verify();
      } catch {
        return false;
      }
    },
    close() {
      transporter.close();
    },
  };
}
