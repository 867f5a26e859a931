// A loopback stand-in for GOV.UK Notify's API, following its documented contract
// (alphagov/notifications-tech-docs) and its Node client (notifications-node-client): the JWT check,
// the two send endpoints with their request schemas and 201 bodies, the look-ups, the error body
// `{status_code, errors: [{error, message}]}`, a token-bucket rate limit, a daily limit, and delivery
// receipts POSTed to a callback URL. Faults can be injected: a 500, a hang, or a hang after the
// message was stored (Notify took it; the caller never hears so).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type NotifyType = 'email' | 'sms';

export interface StoredNotification {
  readonly id: string;
  readonly type: NotifyType;
  /** The e-mail address or phone number. */
  readonly to: string;
  readonly templateId: string;
  readonly personalisation: Record<string, string>;
  readonly reference: string | null;
  readonly createdAt: string;
  status: string;
}

export interface NotifyTemplate {
  readonly id: string;
  readonly type: NotifyType;
  /** The subject line (e-mail only) and body, with `((placeholders))`. */
  readonly subject?: string;
  readonly body: string;
}

export type NotifyFault = '500' | 'hang' | 'accept-then-hang';

export interface NotifyStandInOptions {
  readonly templates: readonly NotifyTemplate[];
  /** Requests the bucket holds, and refills a second (Notify: 1,001 and 50 for 3,000 a minute). */
  readonly bucket?: { readonly capacity: number; readonly perSecond: number };
  /** Messages a day (Notify's `TooManyRequestsError`). */
  readonly dailyLimit?: number;
  /** Milliseconds before each 201 (a slow Notify). */
  readonly acceptDelayMs?: number;
  /**
   * Called with each message once stored and before its 201 goes: a receipt sent from here reaches
   * the council before the sender can have marked the message sent.
   */
  readonly beforeAnswer?: (stored: StoredNotification) => Promise<void>;
}

/** The documented body of a delivery receipt. */
export interface DeliveryReceipt {
  id: string;
  reference: string | null;
  to: string;
  status: 'delivered' | 'permanent-failure' | 'temporary-failure' | 'technical-failure';
  created_at: string;
  completed_at: string | null;
  sent_at: string | null;
  notification_type: NotifyType;
  template_id: string;
  template_version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEND_KEYS: Record<NotifyType, readonly string[]> = {
  email: [
    'template_id',
    'email_address',
    'personalisation',
    'reference',
    'email_reply_to_id',
    'one_click_unsubscribe_url',
    'sanitise_content_for',
  ],
  sms: ['template_id', 'phone_number', 'personalisation', 'reference', 'sms_sender_id'],
};
const ADDRESS = { email: 'email_address', sms: 'phone_number' } as const;

class NotifyAnswer extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly more: readonly string[] = [],
  ) {
    super(message);
  }
}

const b64url = (b: Buffer) => b.toString('base64url');
const isoNotify = (d: Date) => d.toISOString().replace('Z', '000Z');

/** Makes a token as the Notify client does (HS256, `iss` the service id, `iat` now), for tests of the check itself. */
export function notifyToken(
  serviceId: string,
  secret: string,
  options: { alg?: string; iatOffsetSeconds?: number } = {},
): string {
  const header = b64url(Buffer.from(JSON.stringify({ typ: 'JWT', alg: options.alg ?? 'HS256' })));
  const iat = Math.round(Date.now() / 1000) + (options.iatOffsetSeconds ?? 0);
  const payload = b64url(Buffer.from(JSON.stringify({ iss: serviceId, iat })));
  const signature = b64url(createHmac('sha256', secret).update(`${header}.${payload}`).digest());
  return `${header}.${payload}.${signature}`;
}

export class NotifyStandIn {
  readonly serviceId = randomUUID();
  readonly secret = randomUUID();
  readonly keyName = 'member_alerts_test';
  /** Every message it accepted, in order. */
  readonly sent: StoredNotification[] = [];
  /** Answers by status, for counting 429s and 500s. */
  readonly answers = new Map<number, number>();
  private server?: Server;
  private readonly faults: NotifyFault[] = [];
  private tokens: number;
  private refilledAt = Date.now();
  private sentToday = 0;
  private revoked = false;
  private clockOffsetSeconds = 0;
  private readonly hanging = new Set<ServerResponse>();
  url = '';
  /** Set: the key is a team and guest list key, which sends only to these addresses and numbers. */
  guestList?: readonly string[];

  constructor(private readonly options: NotifyStandInOptions) {
    this.tokens = options.bucket?.capacity ?? Number.POSITIVE_INFINITY;
  }

  /** The API key as Notify shows it: its name, the service id and the secret. */
  get apiKey(): string {
    return `${this.keyName}-${this.serviceId}-${this.secret}`;
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** The next sends meet these faults, one each, in order. */
  inject(...faults: NotifyFault[]): void {
    this.faults.push(...faults);
  }

  /** The key stops working, as when a council revokes it. */
  revoke(): void {
    this.revoked = true;
  }

  /** Notify's clock runs this far from ours, as if this machine's clock were wrong. */
  skewClock(seconds: number): void {
    this.clockOffsetSeconds = seconds;
  }

  /** Messages for a reference: more than one is a double send. */
  byReference(reference: string): StoredNotification[] {
    return this.sent.filter((n) => n.reference === reference);
  }

  /** References that reached Notify more than once. */
  duplicates(): string[] {
    const seen = new Map<string, number>();
    for (const n of this.sent) seen.set(n.reference ?? n.id, (seen.get(n.reference ?? n.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([reference]) => reference);
  }

  /** A receipt's documented body for a message it holds. */
  receiptFor(n: StoredNotification, status: DeliveryReceipt['status'], at = new Date()): DeliveryReceipt {
    return {
      id: n.id,
      reference: n.reference,
      to: n.to,
      status,
      created_at: n.createdAt,
      completed_at: isoNotify(at),
      sent_at: isoNotify(at),
      notification_type: n.type,
      template_id: n.templateId,
      template_version: 1,
    };
  }

  /**
   * POSTs receipts to a callback URL with the council's bearer token, in the order given (so
   * duplicates and out-of-order ones are the caller's to arrange), and returns each answer's status.
   */
  async sendReceipts(
    callbackUrl: string,
    bearerToken: string,
    receipts: readonly DeliveryReceipt[],
  ): Promise<number[]> {
    const statuses: number[] = [];
    for (const receipt of receipts) {
      const r = await fetch(callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearerToken}` },
        body: JSON.stringify(receipt),
      });
      statuses.push(r.status);
      const found = this.sent.find((n) => n.id === receipt.id);
      if (found) found.status = receipt.status;
    }
    return statuses;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      this.authenticate(req.headers.authorization);
      this.spendToken();
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const send = /^\/v2\/notifications\/(email|sms)$/.exec(url.pathname);
      if (req.method === 'POST' && send) {
        await this.send(send[1] as NotifyType, Buffer.concat(chunks).toString('utf8'), res);
        return;
      }
      if (req.method === 'GET' && url.pathname === '/v2/notifications') return this.list(url, res);
      const one = /^\/v2\/notifications\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && one) return this.one(decodeURIComponent(one[1] ?? ''), res);
      throw new NotifyAnswer(404, 'BadRequestError', 'Not Found');
    } catch (e) {
      if (!(e instanceof NotifyAnswer)) throw e;
      const messages = [e.message, ...e.more];
      this.answer(res, e.status, {
        status_code: e.status,
        errors: messages.map((message) => ({ error: e.error, message })),
      });
    }
  }

  // As Notify checks it: a Bearer JWT, HS256 only, issued by this service, signed with the key's
  // secret, with an `iat` within 30 seconds of its clock.
  private authenticate(header: string | undefined): void {
    const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
    if (!token)
      throw new NotifyAnswer(401, 'AuthError', 'Unauthorized: authentication token must be provided');
    const [h, p, s] = token.split('.');
    if (!h || !p || !s)
      throw new NotifyAnswer(403, 'AuthError', 'Invalid token: signature, api token is not valid');
    let head: { alg?: string };
    let claims: { iss?: string; iat?: number };
    try {
      head = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg?: string };
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { iss?: string; iat?: number };
    } catch {
      throw new NotifyAnswer(403, 'AuthError', 'Invalid token: signature, api token is not valid');
    }
    if (head.alg !== 'HS256')
      throw new NotifyAnswer(403, 'AuthError', 'Invalid token: algorithm used is not HS256');
    if (claims.iss !== this.serviceId)
      throw new NotifyAnswer(403, 'AuthError', 'Invalid token: service not found');
    const expected = createHmac('sha256', this.secret).update(`${h}.${p}`).digest();
    const given = Buffer.from(s, 'base64url');
    if (this.revoked || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new NotifyAnswer(403, 'AuthError', 'Invalid token: API key not found');
    if (
      typeof claims.iat !== 'number' ||
      Math.abs(Date.now() / 1000 + this.clockOffsetSeconds - claims.iat) > 30
    )
      throw new NotifyAnswer(
        403,
        'AuthError',
        'Error: Your system clock must be accurate to within 30 seconds',
      );
  }

  private spendToken(): void {
    const bucket = this.options.bucket;
    if (!bucket) return;
    const now = Date.now();
    this.tokens = Math.min(
      bucket.capacity,
      this.tokens + ((now - this.refilledAt) / 1000) * bucket.perSecond,
    );
    this.refilledAt = now;
    if (this.tokens < 1)
      throw new NotifyAnswer(
        429,
        'RateLimitError',
        `Exceeded rate limit for key type TEST of ${Math.round(bucket.perSecond * 60)} requests per 60 seconds`,
      );
    this.tokens -= 1;
  }

  private async send(type: NotifyType, raw: string, res: ServerResponse): Promise<void> {
    const body = this.validate(type, raw);
    const template = this.options.templates.find((t) => t.id === body.template_id);
    if (!template) throw new NotifyAnswer(400, 'BadRequestError', 'Template not found');
    if (template.type !== type)
      throw new NotifyAnswer(
        400,
        'BadRequestError',
        `${template.type} template is not suitable for ${type} notification`,
      );
    const personalisation = body.personalisation ?? {};
    const placeholders = [...`${template.subject ?? ''} ${template.body}`.matchAll(/\(\(([^)]+)\)\)/g)].map(
      (m) => m[1] ?? '',
    );
    const missing = placeholders.filter((name) => personalisation[name] === undefined);
    if (missing.length)
      throw new NotifyAnswer(400, 'BadRequestError', `Missing personalisation: ${missing.join(', ')}`);
    const to = String(body[ADDRESS[type]]);
    if (this.guestList && !this.guestList.includes(to))
      throw new NotifyAnswer(
        400,
        'BadRequestError',
        "Can't send to this recipient using a team-only API key",
      );
    if (this.options.dailyLimit !== undefined && this.sentToday >= this.options.dailyLimit)
      throw new NotifyAnswer(
        429,
        'TooManyRequestsError',
        `Exceeded send limits (${this.options.dailyLimit}) for today`,
      );
    const fault = this.faults.shift();
    if (fault === '500') throw new NotifyAnswer(500, 'Exception', 'Internal server error');
    if (fault === 'hang') {
      this.hanging.add(res);
      return;
    }
    const stored: StoredNotification = {
      id: randomUUID(),
      type,
      to,
      templateId: template.id,
      personalisation,
      reference: body.reference ?? null,
      createdAt: isoNotify(new Date()),
      status: 'created',
    };
    this.sent.push(stored);
    this.sentToday += 1;
    if (fault === 'accept-then-hang') {
      this.hanging.add(res);
      return;
    }
    if (this.options.acceptDelayMs) await new Promise((r) => setTimeout(r, this.options.acceptDelayMs));
    if (this.options.beforeAnswer) await this.options.beforeAnswer(stored);
    const fill = (text: string) =>
      text.replace(/\(\(([^)]+)\)\)/g, (_, name: string) => personalisation[name] ?? '');
    const templateRef = { id: template.id, version: 1, uri: `${this.url}/v2/template/${template.id}` };
    this.answer(res, 201, {
      id: stored.id,
      reference: stored.reference,
      content:
        type === 'email'
          ? {
              body: fill(template.body),
              subject: fill(template.subject ?? ''),
              from_email: 'member.alerts@notifications.service.gov.uk',
            }
          : { body: fill(template.body), from_number: 'GOVUK' },
      uri: `${this.url}/v2/notifications/${stored.id}`,
      template: templateRef,
    });
  }

  // The request schema, as Notify's: the required keys, their types, and no others.
  private validate(
    type: NotifyType,
    raw: string,
  ): {
    template_id?: string;
    email_address?: string;
    phone_number?: string;
    personalisation?: Record<string, string>;
    reference?: string;
  } {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new NotifyAnswer(400, 'ValidationError', 'Invalid JSON supplied in POST data');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new NotifyAnswer(400, 'ValidationError', 'POST data is not a JSON object');
    const b = body as Record<string, unknown>;
    const problems: string[] = [];
    const unknown = Object.keys(b).filter((k) => !SEND_KEYS[type].includes(k));
    if (unknown.length)
      problems.push(
        `Additional properties are not allowed (${unknown.join(', ')} ${unknown.length > 1 ? 'were' : 'was'} unexpected)`,
      );
    for (const k of ['template_id', ADDRESS[type]])
      if (b[k] === undefined) problems.push(`${k} is a required property`);
    const templateId = b['template_id'];
    if (templateId !== undefined && (typeof templateId !== 'string' || !UUID.test(templateId)))
      problems.push('template_id is not a valid UUID');
    if (
      type === 'email' &&
      typeof b['email_address'] === 'string' &&
      !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(b['email_address'])
    )
      problems.push('email_address Not a valid email address');
    if (
      type === 'sms' &&
      typeof b['phone_number'] === 'string' &&
      !/^(\+?44|0)7\d{9}$/.test(b['phone_number'].replace(/[\s()-]/g, ''))
    )
      problems.push('phone_number Not a UK mobile number');
    const p = b['personalisation'];
    if (p !== undefined && (typeof p !== 'object' || p === null || Array.isArray(p)))
      problems.push('personalisation is not of type object');
    if (b['reference'] !== undefined && typeof b['reference'] !== 'string')
      problems.push('reference is not of type string');
    const [first, ...more] = problems;
    if (first) throw new NotifyAnswer(400, 'ValidationError', first, more);
    return b;
  }

  private list(url: URL, res: ServerResponse): void {
    const reference = url.searchParams.get('reference');
    const type = url.searchParams.get('template_type');
    const status = url.searchParams.get('status');
    const found = this.sent
      .filter((n) => (reference === null || n.reference === reference) && (type === null || n.type === type))
      .filter((n) => status === null || n.status === status)
      .reverse()
      .map((n) => this.view(n));
    this.answer(res, 200, {
      notifications: found,
      links: { current: `${this.url}${url.pathname}${url.search}` },
    });
  }

  private one(id: string, res: ServerResponse): void {
    if (!UUID.test(id)) throw new NotifyAnswer(400, 'ValidationError', 'notification_id is not a valid UUID');
    const n = this.sent.find((x) => x.id === id);
    if (!n) throw new NotifyAnswer(404, 'NoResultFound', 'No result found');
    this.answer(res, 200, this.view(n));
  }

  private view(n: StoredNotification): Record<string, unknown> {
    const template = this.options.templates.find((t) => t.id === n.templateId);
    const fill = (text: string) =>
      text.replace(/\(\(([^)]+)\)\)/g, (_, name: string) => n.personalisation[name] ?? '');
    return {
      id: n.id,
      reference: n.reference,
      email_address: n.type === 'email' ? n.to : null,
      phone_number: n.type === 'sms' ? n.to : null,
      type: n.type,
      status: n.status,
      template: { id: n.templateId, version: 1, uri: `${this.url}/v2/template/${n.templateId}` },
      body: fill(template?.body ?? ''),
      subject: n.type === 'email' ? fill(template?.subject ?? '') : null,
      created_at: n.createdAt,
      created_by_name: null,
      sent_at: null,
      completed_at: null,
      is_cost_data_ready: false,
    };
  }

  private answer(res: ServerResponse, status: number, body: unknown): void {
    this.answers.set(status, (this.answers.get(status) ?? 0) + 1);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
