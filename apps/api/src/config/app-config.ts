import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { API_ROLES, type ApiRole } from '@member-alerts/persistence';
import { isEmail } from '@member-alerts/roster';
import type { RedisNode } from '@member-alerts/queue';
import {
  ConfigError,
  existingFile,
  readSettings,
  readSharedSettings,
  text,
  wholeNumber,
  webAddress,
  yesNo,
  type Env,
} from '@member-alerts/settings';
import { councilProblem } from '../council/council-files.util';

export { ConfigError };

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** Unset: an embedded PostgreSQL under dataDir. */
  readonly databaseUrl?: string;
  readonly databaseSchema?: string;
  readonly redisUrl: string;
  /** REDIS_CLUSTER_NODES: the queue is on a Redis Cluster, and redisUrl is unused. */
  readonly redisClusterNodes?: readonly RedisNode[];
  readonly queuePrefix: string;
  readonly publicUrl: string;
  readonly dataDir: string;
  /** Signs acknowledgement links: ACK_SECRET, or outside production a secret made once in dataDir. */
  readonly ackSecret: string;
  readonly ackLinkDays: number;
  readonly rateLimitPerMinute: number;
  /** Which proxies' X-Forwarded-For to believe, in Express's terms: none, a hop count, or addresses. */
  readonly trustProxy: false | number | readonly string[];
  readonly maxBodyBytes: number;
  /** Boundary uploads: a large council's divisions at full resolution run to several megabytes. */
  readonly maxUploadBytes: number;
  /** COUNCIL: the council served, by its folder in fixtures/ (its rules, and its seed data). */
  readonly councilSlug: string;
  /** Seeds the council's fixtures (its folder in fixtures/) on an empty database. */
  readonly seedFixtures: boolean;
  /** Development API keys for the seeded people. Never in production. */
  readonly devKeys: boolean;
  /** Single sign-on through the council's OpenID Connect provider (Microsoft Entra ID); unset: keys only. */
  readonly oidc?: OidcConfig;
  /** A console session ends after this long without a request, and in any case after sessionMaxHours. */
  readonly sessionIdleMinutes: number;
  readonly sessionMaxHours: number;
  /** BOOTSTRAP_ADMIN_EMAIL, lower-cased: may sign in as democratic services with no roster record. */
  readonly bootstrapAdminEmail?: string;
  readonly streetManager: StreetManagerConfig;
  /** METRICS_TOKEN: who may read GET /metrics from elsewhere; unset, this machine only. */
  readonly metricsToken?: string;
  /**
   * NOTIFY_CALLBACK_TOKEN: the bearer token the council gave GOV.UK Notify for its delivery
   * receipts; unset, receipts are refused.
   */
  readonly notifyCallbackToken?: string;
  /**
   * CITIZEN_SPACE_URL: the worker reads consultations from it; the API only needs to know whether it
   * is set, to tell democratic services whether Citizen Space is connected.
   */
  readonly citizenSpaceConnected: boolean;
  /** POLICY_FILE: the council's rules, in place of the file that ships for it. */
  readonly policyFile?: string;
  /** PLAN_THREADS: worker threads that check, match and plan events, so requests never wait on them. */
  readonly planThreads: number;
}

export interface StreetManagerConfig {
  /** STREET_MANAGER_TOPIC_ARNS: the SNS topics whose messages are accepted; none: every one is refused. */
  readonly topicArns: readonly string[];
  /** STREET_MANAGER_SWA_CODES: the council's own highway authority codes. */
  readonly swaCodes: readonly string[];
  /**
   * Tests only (NODE_ENV=test): a loopback URL prefix trusted, besides AWS's SNS hosts, for signing
   * certificates and subscription confirmations.
   */
  readonly trustedCertUrlPrefix?: string;
  /**
   * STREET_MANAGER_CONTACT_NAME and STREET_MANAGER_CONTACT_EMAIL: whom members ask about works
   * alerts, since a permit names no council officer. Unset: works messages are kept, not alerted.
   */
  readonly contact?: { readonly name: string; readonly email: string };
}

export interface OidcConfig {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: string;
  /** The ID token claim holding the person's app roles. */
  readonly rolesClaim: string;
  /** The council's own app-role names onto ours, e.g. {"MemberAlerts.Officer": "officer"}. */
  readonly roleMap: Readonly<Record<string, ApiRole>>;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** A caller-chosen X-Forwarded-For would let one address pose as many: believe it only from named proxies. */
function trustProxyVar(env: Env, problems: string[]): false | number | readonly string[] {
  const raw = (env['TRUST_PROXY'] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === 'none') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= 10) return hops || false;
  }
  const entries = raw.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !PROXY_NAMES.includes(e) && !isAddressOrSubnet(e));
  if (raw === 'true' || bad.length) {
    problems.push(
      `TRUST_PROXY must name the reverse proxies in front of the API (loopback, linklocal, uniquelocal, addresses or subnets such as 10.0.0.0/8, comma-separated) or count them (1 to 10); got "${env['TRUST_PROXY']}"`,
    );
    return false;
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address = '', bits, ...more] = entry.split('/');
  const family = isIP(address);
  if (!family || more.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

const OIDC_VARS = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

function oidcVar(env: Env, problems: string[]): OidcConfig | undefined {
  const given = OIDC_VARS.filter((v) => env[v]);
  if (given.length === 0) return undefined;
  if (given.length < OIDC_VARS.length) {
    const missing = OIDC_VARS.filter((v) => !env[v]);
    problems.push(`single sign-on needs all of ${OIDC_VARS.join(', ')}; ${missing.join(', ')} not set`);
    return undefined;
  }
  const issuerUrl =
    readSettings({ OIDC_ISSUER_URL: webAddress(['http:', 'https:']) }, env, problems).OIDC_ISSUER_URL ?? '';
  const roleMap: Record<string, ApiRole> = {};
  const raw = env['OIDC_ROLE_MAP'];
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      problems.push('OIDC_ROLE_MAP must be JSON such as {"MemberAlerts.Officer":"officer"}');
    }
    if (parsed !== undefined) {
      const entries =
        typeof parsed === 'object' && parsed && !Array.isArray(parsed) ? Object.entries(parsed) : [];
      if (entries.length === 0) problems.push('OIDC_ROLE_MAP must be a JSON object of role names');
      for (const [from, to] of entries) {
        const role = API_ROLES.find((r) => r === to);
        if (role) roleMap[from] = role;
        else
          problems.push(
            `OIDC_ROLE_MAP maps "${from}" to "${String(to)}"; the roles are ${API_ROLES.join(', ')}`,
          );
      }
    }
  }
  return {
    issuerUrl,
    clientId: env['OIDC_CLIENT_ID'] ?? '',
    clientSecret: env['OIDC_CLIENT_SECRET'] ?? '',
    scopes: env['OIDC_SCOPES'] || 'openid profile email',
    rolesClaim: env['OIDC_ROLES_CLAIM'] || 'roles',
    roleMap,
  };
}

function listVar(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

const TOPIC_ARN = /^arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const SWA_CODE = /^[A-Za-z0-9]{1,10}$/;
const TRUSTED_PREFIX = 'STREET_MANAGER_TRUSTED_CERT_URL_PREFIX';

/**
 * A prefix that trusts more than AWS's SNS hosts is for tests only: refused outside NODE_ENV=test,
 * and it must be a loopback http URL ending in "/", so it cannot reach another machine or match a
 * longer port or host name.
 */
function trustedPrefixVar(env: Env, test: boolean, problems: string[]): string | undefined {
  const raw = env[TRUSTED_PREFIX];
  if (raw === undefined || raw === '') return undefined;
  if (!test) {
    problems.push(`${TRUSTED_PREFIX} is for tests only and cannot be set unless NODE_ENV=test`);
    return undefined;
  }
  let ok = false;
  try {
    const u = new URL(raw);
    ok =
      u.protocol === 'http:' &&
      ['127.0.0.1', '[::1]', 'localhost'].includes(u.hostname) &&
      !u.username &&
      !u.password &&
      raw.endsWith('/') &&
      u.href === raw;
  } catch {
    ok = false;
  }
  if (!ok)
    problems.push(`${TRUSTED_PREFIX} must be a loopback URL ending in "/", such as http://127.0.0.1:4000/`);
  return ok ? raw : undefined;
}

function streetManagerVar(env: Env, test: boolean, problems: string[]): StreetManagerConfig {
  const topicArns = listVar(env, 'STREET_MANAGER_TOPIC_ARNS');
  const badTopics = topicArns.filter((a) => !TOPIC_ARN.test(a));
  if (badTopics.length)
    problems.push(
      `STREET_MANAGER_TOPIC_ARNS must list SNS topic ARNs such as arn:aws:sns:eu-west-2:123456789012:street-manager, comma-separated; not ${badTopics.map((a) => `"${a}"`).join(', ')}`,
    );
  const swaCodes = listVar(env, 'STREET_MANAGER_SWA_CODES');
  const badCodes = swaCodes.filter((c) => !SWA_CODE.test(c));
  if (badCodes.length)
    problems.push(
      `STREET_MANAGER_SWA_CODES must list highway authority codes (letters and digits), comma-separated; not ${badCodes.map((c) => `"${c}"`).join(', ')}`,
    );
  const trustedCertUrlPrefix = trustedPrefixVar(env, test, problems);
  const contact = streetManagerContactVar(env, problems);
  return {
    topicArns,
    swaCodes,
    ...(trustedCertUrlPrefix ? { trustedCertUrlPrefix } : {}),
    ...(contact ? { contact } : {}),
  };
}

function streetManagerContactVar(env: Env, problems: string[]): StreetManagerConfig['contact'] {
  const name = env['STREET_MANAGER_CONTACT_NAME']?.trim() ?? '';
  const email = env['STREET_MANAGER_CONTACT_EMAIL']?.trim() ?? '';
  if (!name && !email) return undefined;
  if (!name || !email) {
    problems.push(
      'Street Manager alerts need both STREET_MANAGER_CONTACT_NAME and STREET_MANAGER_CONTACT_EMAIL, the officer members should ask about works',
    );
    return undefined;
  }
  if (!isEmail(email)) {
    problems.push('STREET_MANAGER_CONTACT_EMAIL must be one e-mail address, such as highways@council.gov.uk');
    return undefined;
  }
  if (name.length > 200 || /[\r\n<>]/.test(name)) {
    problems.push('STREET_MANAGER_CONTACT_NAME must be a name on one line, at most 200 characters');
    return undefined;
  }
  return { name, email };
}

/** The API's own settings; those it shares with the worker are read by `readSharedSettings`. */
const API = {
  PORT: wholeNumber(3000, 0, 65535),
  HOST: text('127.0.0.1'),
  RATE_LIMIT_PER_MINUTE: wholeNumber(300, 1, 100_000),
  MAX_BODY_BYTES: wholeNumber(2 * 1024 * 1024, 1024, 50 * 1024 * 1024),
  MAX_UPLOAD_BYTES: wholeNumber(20 * 1024 * 1024, 1024, 200 * 1024 * 1024),
  SESSION_IDLE_MINUTES: wholeNumber(8 * 60, 1, 7 * 24 * 60),
  SESSION_MAX_HOURS: wholeNumber(7 * 24, 1, 90 * 24),
  POLICY_FILE: existingFile(),
  // One CPU stays with the thread that answers requests; on 2 CPUs, one planning thread.
  PLAN_THREADS: wholeNumber(Math.min(4, Math.max(1, availableParallelism() - 1)), 1, 64),
};

/** Reads and checks the whole configuration once, at boot, naming every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const shared = readSharedSettings(env, problems);
  const { production } = shared;
  const own = readSettings(API, env, problems);
  // On by default outside production only.
  const defaults = {
    DEV_KEYS: yesNo(!production),
    SEED_FIXTURES: yesNo(!production),
  };
  const flags = readSettings(defaults, env, problems);
  const publicUrl = shared.publicUrl ?? `http://localhost:${own.PORT}`;
  if (production && flags.DEV_KEYS) problems.push('DEV_KEYS cannot be enabled when NODE_ENV=production');

  const oidc = oidcVar(env, problems);
  if (oidc && production && !publicUrl.startsWith('https:'))
    problems.push('PUBLIC_URL must be https when single sign-on is on in production');

  const bootstrapAdminEmail = env['BOOTSTRAP_ADMIN_EMAIL']?.trim().toLowerCase() || undefined;
  if (bootstrapAdminEmail !== undefined && !isEmail(bootstrapAdminEmail))
    problems.push('BOOTSTRAP_ADMIN_EMAIL must be one e-mail address, such as it.admin@council.gov.uk');

  // A well-formed COUNCIL must also name a folder in fixtures/ that holds its rules.
  const unknown = problems.some((p) => p.startsWith('COUNCIL '))
    ? undefined
    : councilProblem(shared.councilSlug);
  if (unknown) problems.push(unknown);

  const metricsToken = env['METRICS_TOKEN'] || undefined;
  if (metricsToken !== undefined && !/^[\x21-\x7e]{32,}$/.test(metricsToken))
    problems.push('METRICS_TOKEN must be 32 or more characters, with no spaces');

  const notifyCallbackToken = env['NOTIFY_CALLBACK_TOKEN'] || undefined;
  if (notifyCallbackToken !== undefined && !/^[\x21-\x7e]{32,}$/.test(notifyCallbackToken))
    problems.push(
      'NOTIFY_CALLBACK_TOKEN must be 32 or more characters, with no spaces (the bearer token given to GOV.UK Notify for its callbacks)',
    );

  const config: AppConfig = {
    nodeEnv: shared.nodeEnv,
    port: own.PORT,
    host: own.HOST,
    ...(shared.databaseUrl ? { databaseUrl: shared.databaseUrl } : {}),
    ...(shared.databaseSchema ? { databaseSchema: shared.databaseSchema } : {}),
    redisUrl: shared.redisUrl,
    ...(shared.redisClusterNodes ? { redisClusterNodes: shared.redisClusterNodes } : {}),
    queuePrefix: shared.queuePrefix,
    publicUrl,
    dataDir: shared.dataDir,
    ackSecret: shared.ackSecret,
    ackLinkDays: shared.ackLinkDays,
    rateLimitPerMinute: own.RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxyVar(env, problems),
    maxBodyBytes: own.MAX_BODY_BYTES,
    maxUploadBytes: own.MAX_UPLOAD_BYTES,
    councilSlug: shared.councilSlug,
    seedFixtures: flags.SEED_FIXTURES,
    devKeys: flags.DEV_KEYS,
    ...(oidc ? { oidc } : {}),
    sessionIdleMinutes: own.SESSION_IDLE_MINUTES,
    sessionMaxHours: own.SESSION_MAX_HOURS,
    ...(bootstrapAdminEmail ? { bootstrapAdminEmail } : {}),
    streetManager: streetManagerVar(env, shared.nodeEnv === 'test', problems),
    ...(metricsToken ? { metricsToken } : {}),
    ...(notifyCallbackToken ? { notifyCallbackToken } : {}),
    citizenSpaceConnected: Boolean(env['CITIZEN_SPACE_URL']?.trim()),
    ...(own.POLICY_FILE ? { policyFile: own.POLICY_FILE } : {}),
    planThreads: own.PLAN_THREADS,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
