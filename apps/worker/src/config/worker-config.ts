import { ackSecretSetting } from '@member-alerts/auth';
import { defaultCouncil, embeddedPostgresUrl } from '@member-alerts/persistence';
import { MIN_RELAY_PER_MINUTE, queueSettings, type RedisNode } from '@member-alerts/queue';

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
}

export class WorkerConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return n;
}

function url(env: Env, name: string, protocols: readonly string[], problems: string[]): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  try {
    if (!protocols.includes(new URL(raw).protocol))
      problems.push(`${name} must be a ${protocols.join(' or ')} URL`);
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return raw;
}

/** Reads the worker's configuration once, naming every bad variable. */
export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  const problems: string[] = [];
  const nodeEnv = (['development', 'production', 'test'] as const).find(
    (v) => v === (env['NODE_ENV'] ?? 'development'),
  );
  if (!nodeEnv) problems.push(`NODE_ENV must be development, production or test, got "${env['NODE_ENV']}"`);
  const production = nodeEnv === 'production';
  const given = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  if (production && !given) problems.push('DATABASE_URL is required in production');
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  if (production && !smtpUrl) problems.push('SMTP_URL is required in production');
  // The API's data directory: outside production, with ACK_SECRET unset, both read its secret, and
  // without DATABASE_URL the worker reaches the API's embedded database through its socket there.
  const dataDir = env['DATA_DIR'] || 'var';
  const ackSecret = ackSecretSetting(env['ACK_SECRET'], dataDir, production, problems);
  const mailFrom = env['MAIL_FROM'] ?? 'Member Alerts <member-alerts@council.example>';
  if (/[\r\n]/.test(mailFrom)) problems.push('MAIL_FROM must be one line');
  const schema = env['DATABASE_SCHEMA'];
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    problems.push('DATABASE_SCHEMA must be a lower-case SQL identifier');
  const councilSlug = env['COUNCIL'] || defaultCouncil();
  if (!/^[a-z0-9-]{2,40}$/.test(councilSlug))
    problems.push('COUNCIL must be a short lower-case slug, the name of its folder in fixtures/');
  const queue = queueSettings(env, problems);
  const relayMaxPerMinute = int(env, 'RELAY_MAX_PER_MINUTE', 0, MIN_RELAY_PER_MINUTE, 60_000, problems);
  const citizenSpaceUrl = url(env, 'CITIZEN_SPACE_URL', ['http:', 'https:'], problems)?.replace(/\/+$/, '');
  const config: WorkerConfig = {
    nodeEnv: nodeEnv ?? 'development',
    databaseUrl: given ?? embeddedPostgresUrl(dataDir),
    ...(schema ? { databaseSchema: schema } : {}),
    embeddedDatabase: !given,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], problems) ?? 'redis://127.0.0.1:6379',
    ...(queue.clusterNodes ? { redisClusterNodes: queue.clusterNodes } : {}),
    queuePrefix: queue.queuePrefix,
    smtpUrl: smtpUrl ?? 'smtp://127.0.0.1:1025',
    mailFrom,
    smtpPoolSize: int(env, 'SMTP_POOL_SIZE', 5, 1, 100, problems),
    publicUrl: (url(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ?? 'http://localhost:3000').replace(
      /\/$/,
      '',
    ),
    ackSecret,
    ackLinkDays: int(env, 'ACK_LINK_DAYS', 30, 1, 365, problems),
    concurrency: int(env, 'WORKER_CONCURRENCY', 20, 1, 500, problems),
    ...(relayMaxPerMinute ? { relayMaxPerMinute } : {}),
    port: int(env, 'WORKER_PORT', 3001, -1, 65535, problems),
    scheduleEveryMs: int(env, 'SCHEDULE_EVERY_MS', 10_000, 100, 3_600_000, problems),
    purgeEveryMs: int(env, 'PURGE_EVERY_MS', 3_600_000, 100, 86_400_000, problems),
    sweepAfterMs: int(env, 'SWEEP_AFTER_MS', 120_000, 100, 86_400_000, problems),
    retryDelayMs: int(env, 'RETRY_DELAY_MS', 30_000, 10, 3_600_000, problems),
    retryAttempts: int(env, 'RETRY_ATTEMPTS', 10, 1, 50, problems),
    smtpTimeoutMs: int(env, 'SMTP_TIMEOUT_MS', 20_000, 100, 300_000, problems),
    lockDurationMs: int(env, 'LOCK_DURATION_MS', 30_000, 1_000, 600_000, problems),
    councilSlug,
    ...(citizenSpaceUrl ? { citizenSpaceUrl } : {}),
    citizenSpaceEveryMs: int(env, 'CITIZEN_SPACE_EVERY_MS', 15 * 60_000, 200, 86_400_000, problems),
    citizenSpaceTimeoutMs: int(env, 'CITIZEN_SPACE_TIMEOUT_MS', 20_000, 100, 300_000, problems),
  };
  if (problems.length) throw new WorkerConfigError(problems);
  return config;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
