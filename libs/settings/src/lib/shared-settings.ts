import { ackSecretSetting } from '@member-alerts/auth';
import { defaultCouncil } from '@member-alerts/persistence';
import { queueSettings, type RedisNode } from '@member-alerts/queue';
import { matching, oneOf, readSettings, text, wholeNumber, webAddress, type Env } from './setting-readers';

/** The settings the API and the worker both read, each read the same way. */
const SHARED = {
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  DATABASE_URL: webAddress(['postgres:', 'postgresql:']),
  DATABASE_SCHEMA: matching(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier'),
  REDIS_URL: webAddress(['redis:', 'rediss:']),
  PUBLIC_URL: webAddress(['http:', 'https:']),
  DATA_DIR: text('var'),
  ACK_LINK_DAYS: wholeNumber(30, 1, 365),
  COUNCIL: matching(
    /^[a-z0-9-]{2,40}$/,
    'must be a short lower-case slug, the name of its folder in fixtures/',
  ),
};

export interface SharedSettings {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly production: boolean;
  /** Unset: the embedded PostgreSQL under dataDir. */
  readonly databaseUrl?: string;
  readonly databaseSchema?: string;
  readonly redisUrl: string;
  /** REDIS_CLUSTER_NODES: the queue is on a Redis Cluster, and redisUrl is unused. */
  readonly redisClusterNodes?: readonly RedisNode[];
  readonly queuePrefix: string;
  /** Unset: each process's own default. */
  readonly publicUrl?: string;
  readonly dataDir: string;
  /** Signs acknowledgement links: ACK_SECRET, or outside production a secret made once in dataDir. */
  readonly ackSecret: string;
  readonly ackLinkDays: number;
  readonly councilSlug: string;
}

/** Reads the settings the API and the worker share, adding each problem to `problems`. */
export function readSharedSettings(env: Env, problems: string[]): SharedSettings {
  // An empty COUNCIL, as an unset one, serves the council fixtures/default-council.txt names.
  const s = readSettings(SHARED, { ...env, COUNCIL: env['COUNCIL'] || undefined }, problems);
  const production = s.NODE_ENV === 'production';
  // Required, unless given and already named as bad.
  if (production && !env['DATABASE_URL'])
    problems.push('DATABASE_URL is required in production (the embedded database is for development)');
  const queue = queueSettings(env, problems);
  // Outside production, with ACK_SECRET unset, both read the data directory's own secret.
  const ackSecret = ackSecretSetting(env['ACK_SECRET'], s.DATA_DIR || 'var', production, problems);
  return {
    nodeEnv: s.NODE_ENV,
    production,
    ...(s.DATABASE_URL ? { databaseUrl: s.DATABASE_URL } : {}),
    ...(s.DATABASE_SCHEMA ? { databaseSchema: s.DATABASE_SCHEMA } : {}),
    redisUrl: s.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ...(queue.clusterNodes ? { redisClusterNodes: queue.clusterNodes } : {}),
    queuePrefix: queue.queuePrefix,
    ...(s.PUBLIC_URL ? { publicUrl: s.PUBLIC_URL.replace(/\/$/, '') } : {}),
    dataDir: s.DATA_DIR || 'var',
    ackSecret,
    ackLinkDays: s.ACK_LINK_DAYS,
    councilSlug: s.COUNCIL ?? defaultCouncil(),
  };
}
