import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

function headerText(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The Reply-To addresses. */
  replyTo: string[];
  messageId: string;
  notificationId: string;
  requestId: string;
  text: string;
  html: string;
  /** The text/calendar part, when there is one. */
  calendar?: string;
  /** When it was accepted (Date.now()), for counting arrivals per window. */
  at: number;
}

export interface SmtpSinkOptions {
  /** Addresses answered with 550 at RCPT TO. */
  rejectRecipients?: readonly string[];
  /** Milliseconds to wait before accepting each message. */
  acceptDelayMs?: number;
  /** While this says so, every new message is answered "421 try again later" at MAIL FROM. */
  busy?: () => boolean;
  /** Called as each message is accepted, just before the "250 OK" (the bench times delivery by it). */
  onAccept?: (mail: ReceivedMail) => void;
}

/**
 * A real SMTP server on loopback (smtp-server) that keeps what it accepts. It can refuse
 * connections (stopped), reject addresses with 550, and go slowly.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** SMTP transactions accepted, including any second copy of the same message. */
  accepted = 0;
  /** Messages answered 421 because the listener was busy. */
  refusedBusy = 0;
  private server?: SMTPServer;
  /** Errors on client connections, e.g. ECONNRESET from a worker killed mid-send. */
  readonly connectionErrors: string[] = [];
  port = 0;

  constructor(private readonly options: SmtpSinkOptions = {}) {}

  async start(port = 0): Promise<number> {
    const reject = new Set((this.options.rejectRecipients ?? []).map((a) => a.toLowerCase()));
    // A message counts as received only if our "250 OK" can still reach the client, as with a
    // real server: one whose sender vanished mid-conversation was never confirmed.
    const closed = new Set<string>();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onMailFrom: (_address, _session, callback) => {
        if (this.options.busy?.()) {
          this.refusedBusy++;
          const err = new Error('4.7.0 too many messages, try again later') as Error & {
            responseCode: number;
          };
          err.responseCode = 421;
          callback(err);
          return;
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (reject.has(address.address.toLowerCase())) {
          const err = new Error('5.1.1 no such user here') as Error & { responseCode: number };
          err.responseCode = 550;
          callback(err);
          return;
        }
        callback();
      },
      onClose: (session) => {
        closed.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          void (async () => {
            const raw = Buffer.concat(chunks);
            if (this.options.acceptDelayMs)
              await new Promise((r) => setTimeout(r, this.options.acceptDelayMs));
            if (closed.has(session.id)) {
              callback();
              return;
            }
            const mail = await simpleParser(raw);
            // The calendar part as a calendar reads it: decoded from its transfer encoding (quoted-printable
            // turns every "=" into "=3D"), not as the raw bytes on the wire.
            const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
            const calendar = (part ? part.content.toString('utf8') : raw.toString('utf8')).match(
              /BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR/,
            )?.[0];
            this.accepted++;
            const received: ReceivedMail = {
              to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
                a.value.map((v) => v.address ?? ''),
              ),
              subject: mail.subject ?? '',
              replyTo: mail.replyTo?.value.map((v) => v.address ?? '') ?? [],
              messageId: mail.messageId ?? '',
              notificationId: headerText(mail.headers.get('x-member-alerts-notification')),
              requestId: headerText(mail.headers.get('x-request-id')),
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              ...(calendar ? { calendar: calendar.replace(/\r\n[ \t]/g, '') } : {}),
              at: Date.now(),
            };
            this.received.push(received);
            this.options.onAccept?.(received);
            callback();
          })();
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    // A client that vanishes mid-conversation (a worker killed on purpose) resets its connection;
    // a real server shrugs that off, and so does this one.
    server.on('error', (e: Error & { code?: string }) => this.connectionErrors.push(e.code ?? e.message));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  /** Stops listening: new connections are refused until start() again. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** How many times each notification arrived. */
  counts(): Map<string, number> {
    const m = new Map<string, number>();
    for (const r of this.received) m.set(r.notificationId, (m.get(r.notificationId) ?? 0) + 1);
    return m;
  }

  duplicates(): number {
    return [...this.counts().values()].reduce((n, c) => n + c - 1, 0);
  }
}
