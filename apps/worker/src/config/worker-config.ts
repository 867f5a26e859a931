import { join } from 'node:path';
import { embeddedPostgresUrl, FIXTURES_DIR } from '@member-alerts/persistence';
import { MIN_RELAY_PER_MINUTE, type RedisNode } from '@member-alerts/queue';
import {
  ConfigError,
  existingFile,
  matching,
  oneOf,
  readSettings,
  readSharedSettings,
  wholeNumber,
  webAddress,
  type Env,
} from '@member-alerts/settings';
import { MAILBOX_NAMES, type MailboxConfig, readMailboxes } from '../producers/mailbox/mailbox-settings';

/** GOV.UK Notify, when a channel uses it. */
export interface NotifyConfig {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** Set when e-mail goes through Notify. */
  readonly emailTemplateId?: string;
  /** Set when text messages go through Notify. */
  readonly smsTemplateId?: string;
  readonly timeoutMs: number;
}

export interface WorkerConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  /** The embedded PGlite behind the API serves one session at a time. */
  readonly embeddedDatabase: boolean;
  readonly redisUrl: string;
  /** REDIS_CLUSTER_NODES: the queue is on a Redis Cluster, and redisUrl is unused. */
  readonly redisClusterNodes?: readonly RedisNode[];
  readonly queuePrefix: string;
  /** How e-mail goes: the council's SMTP relay, or GOV.UK Notify. */
  readonly emailChannel: 'smtp' | 'notify';
  /** How text messages go: not at all, or through GOV.UK Notify. */
  readonly smsChannel: 'none' | 'notify';
  readonly notify?: NotifyConfig;
  readonly smtpUrl: string;
  readonly mailFrom: string;
  readonly smtpPoolSize: number;
  readonly publicUrl: string;
  readonly ackSecret: string;
  readonly ackLinkDays: number;
  readonly concurrency: number;
  /** E-mails a minute the mail relay accepts, for all workers together; undefined: no limit. */
  readonly relayMaxPerMinute?: number;
  /** Health and metrics port; 0 picks a free one; -1 serves none. */
  readonly port: number;
  /** How often the scheduler looks for due and stranded notifications. */
  readonly scheduleEveryMs: number;
  /** How often expired sessions, sign-in links, idempotency keys and import previews are deleted. */
  readonly purgeEveryMs: number;
  /** Days a draft's original message and sender are kept, from its arrival, unless its source set a date. */
  readonly draftOriginalDays: number;
  /** A row waiting this long with no live job is handed to the queue again. */
  readonly sweepAfterMs: number;
  /** First retry delay; later ones double. */
  readonly retryDelayMs: number;
  readonly retryAttempts: number;
  readonly smtpTimeoutMs: number;
  /** BullMQ's job lock; a job whose worker died is taken over after about this long. */
  readonly lockDurationMs: number;
  /** The council this installation serves (COUNCIL, as the API reads it). */
  readonly councilSlug: string;
  /** The council's Citizen Space site; the poller is off without it. */
  readonly citizenSpaceUrl?: string;
  readonly citizenSpaceEveryMs: number;
  /** One read of the site's search results gives up after this long. */
  readonly citizenSpaceTimeoutMs: number;
  /** The shared mailboxes read for drafts (MAILBOXES); none: no mailbox is read. */
  readonly mailboxes: readonly MailboxConfig[];
  readonly mailboxEveryMs: number;
  readonly mailboxTimeoutMs: number;
  /** The council's public body on WhatDoTheyKnow (its url_name); the poller is off without it. */
  readonly whatDoTheyKnowBody?: string;
  readonly whatDoTheyKnowUrl: string;
  readonly whatDoTheyKnowEveryMs: number;
  readonly whatDoTheyKnowTimeoutMs: number;
  /** The folder of postcode CSV files places in a draft's text are looked up in (POSTCODES_DIR). */
  readonly postcodesDir: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TEMPLATE_RULE =
  "must be the template's ID from its page in GOV.UK Notify, a code like 4f2e8b1a-0c3d-4e5f-9a8b-7c6d5e4f3a2b";
export const NOTIFY_PRODUCTION_URL = 'https://api.notifications.service.gov.uk';

/** The worker's own settings; those it shares with the API are read by `readSharedSettings`. */
const WORKER = {
  EMAIL_CHANNEL: oneOf(['smtp', 'notify'], 'smtp'),
  SMS_CHANNEL: oneOf(['none', 'notify'], 'none'),
  NOTIFY_BASE_URL: webAddress(['https:', 'http:']),
  // The key as Notify shows it once: its name, the service id and the secret (the client splits it).
  NOTIFY_API_KEY: matching(
    new RegExp(`^\\S+-${UUID}-${UUID}$`, 'i'),
    'must be the whole API key GOV.UK Notify showed when it was made: its name, then two codes like 4f2e8b1a-0c3d-4e5f-9a8b-7c6d5e4f3a2b (the service ID and the secret)',
  ),
  NOTIFY_EMAIL_TEMPLATE_ID: matching(new RegExp(`^${UUID}$`, 'i'), TEMPLATE_RULE),
  NOTIFY_SMS_TEMPLATE_ID: matching(new RegExp(`^${UUID}$`, 'i'), TEMPLATE_RULE),
  NOTIFY_TIMEOUT_MS: wholeNumber(20_000, 100, 300_000),
  SMTP_URL: webAddress(['smtp:', 'smtps:']),
  MAIL_FROM: matching(/^[^\r\n]*$/, 'must be one line', 'Member Alerts <member-alerts@council.example>'),
  SMTP_POOL_SIZE: wholeNumber(5, 1, 100),
  WORKER_CONCURRENCY: wholeNumber(20, 1, 500),
  RELAY_MAX_PER_MINUTE: wholeNumber(0, MIN_RELAY_PER_MINUTE, 60_000),
  WORKER_PORT: wholeNumber(3001, -1, 65535),
  SCHEDULE_EVERY_MS: wholeNumber(10_000, 100, 3_600_000),
  PURGE_EVERY_MS: wholeNumber(3_600_000, 100, 86_400_000),
  DRAFT_ORIGINAL_DAYS: wholeNumber(90, 1, 3650),
  SWEEP_AFTER_MS: wholeNumber(120_000, 100, 86_400_000),
  RETRY_DELAY_MS: wholeNumber(30_000, 10, 3_600_000),
  RETRY_ATTEMPTS: wholeNumber(10, 1, 50),
  SMTP_TIMEOUT_MS: wholeNumber(20_000, 100, 300_000),
  LOCK_DURATION_MS: wholeNumber(30_000, 1_000, 600_000),
  CITIZEN_SPACE_URL: webAddress(['http:', 'https:']),
  CITIZEN_SPACE_EVERY_MS: wholeNumber(15 * 60_000, 200, 86_400_000),
  CITIZEN_SPACE_TIMEOUT_MS: wholeNumber(20_000, 100, 300_000),
  MAILBOXES: matching(
    MAILBOX_NAMES,
    'must be mailbox names (lower-case letters, digits and hyphens) separated by commas',
  ),
  MAILBOX_EVERY_MS: wholeNumber(5 * 60_000, 200, 86_400_000),
  MAILBOX_TIMEOUT_MS: wholeNumber(20_000, 100, 300_000),
  WHATDOTHEYKNOW_BODY: matching(
    /^[a-z0-9_-]+$/i,
    "must be the body's name as it is in its WhatDoTheyKnow address, e.g. leicester_city_council",
  ),
  WHATDOTHEYKNOW_URL: webAddress(['http:', 'https:']),
  WHATDOTHEYKNOW_EVERY_MS: wholeNumber(60 * 60_000, 200, 86_400_000),
  WHATDOTHEYKNOW_TIMEOUT_MS: wholeNumber(20_000, 100, 300_000),
  POSTCODES_DIR: existingFile(),
};

/** Reads the worker's configuration once, naming every bad variable. */
export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  const problems: string[] = [];
  const shared = readSharedSettings(env, problems);
  const own = readSettings(WORKER, env, problems);
  // Required, unless given and already named as bad.
  if (shared.production && own.EMAIL_CHANNEL === 'smtp' && !env['SMTP_URL'])
    problems.push('SMTP_URL is required in production');
  const notify = notifySettings(own, env, shared.production, problems);
  const citizenSpaceUrl = own.CITIZEN_SPACE_URL?.replace(/\/+$/, '');
  const mailboxes = readMailboxes(own.MAILBOXES, env, problems, own.MAILBOX_TIMEOUT_MS);
  const config: WorkerConfig = {
    nodeEnv: shared.nodeEnv,
    // Without DATABASE_URL the worker reaches the API's embedded database through its socket.
    databaseUrl: shared.databaseUrl ?? embeddedPostgresUrl(shared.dataDir),
    ...(shared.databaseSchema ? { databaseSchema: shared.databaseSchema } : {}),
    embeddedDatabase: !shared.databaseUrl,
    redisUrl: shared.redisUrl,
    ...(shared.redisClusterNodes ? { redisClusterNodes: shared.redisClusterNodes } : {}),
    queuePrefix: shared.queuePrefix,
    emailChannel: own.EMAIL_CHANNEL,
    smsChannel: own.SMS_CHANNEL,
    ...(notify ? { notify } : {}),
    smtpUrl: own.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: own.MAIL_FROM,
    smtpPoolSize: own.SMTP_POOL_SIZE,
    publicUrl: shared.publicUrl ?? 'http://localhost:3000',
    ackSecret: shared.ackSecret,
    ackLinkDays: shared.ackLinkDays,
    concurrency: own.WORKER_CONCURRENCY,
    ...(own.RELAY_MAX_PER_MINUTE ? { relayMaxPerMinute: own.RELAY_MAX_PER_MINUTE } : {}),
    port: own.WORKER_PORT,
    scheduleEveryMs: own.SCHEDULE_EVERY_MS,
    purgeEveryMs: own.PURGE_EVERY_MS,
    draftOriginalDays: own.DRAFT_ORIGINAL_DAYS,
    sweepAfterMs: own.SWEEP_AFTER_MS,
    retryDelayMs: own.RETRY_DELAY_MS,
    retryAttempts: own.RETRY_ATTEMPTS,
    smtpTimeoutMs: own.SMTP_TIMEOUT_MS,
    lockDurationMs: own.LOCK_DURATION_MS,
    councilSlug: shared.councilSlug,
    ...(citizenSpaceUrl ? { citizenSpaceUrl } : {}),
    citizenSpaceEveryMs: own.CITIZEN_SPACE_EVERY_MS,
    citizenSpaceTimeoutMs: own.CITIZEN_SPACE_TIMEOUT_MS,
    mailboxes,
    mailboxEveryMs: own.MAILBOX_EVERY_MS,
    mailboxTimeoutMs: own.MAILBOX_TIMEOUT_MS,
    ...(own.WHATDOTHEYKNOW_BODY ? { whatDoTheyKnowBody: own.WHATDOTHEYKNOW_BODY } : {}),
    whatDoTheyKnowUrl: (own.WHATDOTHEYKNOW_URL ?? 'https://www.whatdotheyknow.com').replace(/\/+$/, ''),
    whatDoTheyKnowEveryMs: own.WHATDOTHEYKNOW_EVERY_MS,
    whatDoTheyKnowTimeoutMs: own.WHATDOTHEYKNOW_TIMEOUT_MS,
    postcodesDir: own.POSTCODES_DIR ?? join(FIXTURES_DIR, 'postcodes'),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

type WorkerValues = ReturnType<typeof readSettings<typeof WORKER>>;

/** The Notify settings the chosen channels need, each combination that cannot work named in words. */
function notifySettings(
  own: WorkerValues,
  env: Env,
  production: boolean,
  problems: string[],
): NotifyConfig | undefined {
  const email = own.EMAIL_CHANNEL === 'notify';
  const sms = own.SMS_CHANNEL === 'notify';
  const given = (name: string) => Boolean(env[name]);
  if (!email && !sms) {
    for (const name of [
      'NOTIFY_API_KEY',
      'NOTIFY_EMAIL_TEMPLATE_ID',
      'NOTIFY_SMS_TEMPLATE_ID',
      'NOTIFY_BASE_URL',
    ])
      if (given(name))
        problems.push(
          `${name} is set, but nothing goes through GOV.UK Notify: set EMAIL_CHANNEL=notify or SMS_CHANNEL=notify, or remove it`,
        );
    return undefined;
  }
  const needs = (name: string, why: string) => {
    if (!given(name)) problems.push(`${name} is required ${why}`);
  };
  needs('NOTIFY_API_KEY', `when ${email ? 'EMAIL_CHANNEL' : 'SMS_CHANNEL'}=notify`);
  if (email) needs('NOTIFY_EMAIL_TEMPLATE_ID', 'when EMAIL_CHANNEL=notify (see the README: GOV.UK Notify)');
  else if (given('NOTIFY_EMAIL_TEMPLATE_ID'))
    problems.push(
      'NOTIFY_EMAIL_TEMPLATE_ID is set, but EMAIL_CHANNEL is smtp: set EMAIL_CHANNEL=notify, or remove it',
    );
  if (sms) needs('NOTIFY_SMS_TEMPLATE_ID', 'when SMS_CHANNEL=notify (see the README: GOV.UK Notify)');
  else if (given('NOTIFY_SMS_TEMPLATE_ID'))
    problems.push(
      'NOTIFY_SMS_TEMPLATE_ID is set, but SMS_CHANNEL is none: set SMS_CHANNEL=notify, or remove it',
    );
  if (email && given('SMTP_URL'))
    problems.push(
      'SMTP_URL is set, but EMAIL_CHANNEL=notify sends e-mail through GOV.UK Notify: remove one of them',
    );
  const baseUrl = (own.NOTIFY_BASE_URL ?? NOTIFY_PRODUCTION_URL).replace(/\/+$/, '');
  if (production && !baseUrl.startsWith('https:'))
    problems.push('NOTIFY_BASE_URL must be an https:// URL in production');
  if (!own.NOTIFY_API_KEY) return undefined;
  return {
    baseUrl,
    apiKey: own.NOTIFY_API_KEY,
    ...(email && own.NOTIFY_EMAIL_TEMPLATE_ID ? { emailTemplateId: own.NOTIFY_EMAIL_TEMPLATE_ID } : {}),
    ...(sms && own.NOTIFY_SMS_TEMPLATE_ID ? { smsTemplateId: own.NOTIFY_SMS_TEMPLATE_ID } : {}),
    timeoutMs: own.NOTIFY_TIMEOUT_MS,
  };
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
