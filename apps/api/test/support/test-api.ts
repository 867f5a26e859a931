import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { buildOpenApi, createApi, type RunningApi } from '../../src/bootstrap';
import { ServedDocument } from '../../src/common/served-document.service';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { OpenApiContract } from './openapi-contract';

export const PG_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestApi {
  api: RunningApi;
  config: AppConfig;
  baseUrl: string;
  schema: string;
  /** A client on the test's own schema, to look at what the API stored. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  request(
    method: string,
    path: string,
    opts?: {
      key?: string;
      body?: unknown;
      raw?: string;
      contentType?: string;
      headers?: Record<string, string>;
      /** Give a redirect back as it is, instead of following it. */
      manual?: boolean;
    },
  ): Promise<{ status: number; body: unknown; text: string; headers: Headers }>;
  /** The OpenAPI document of this API; every answer of request() is checked against it. */
  contract(): OpenApiContract;
  close(): Promise<void>;
}

/**
 * Starts the real API on the real PostgreSQL and Redis of this machine, in a schema and a queue
 * prefix of its own, listening on a free loopback port.
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const id = randomBytes(5).toString('hex');
  const schema = `t_${id}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: PG_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    QUEUE_PREFIX: `{test-${id}}`,
    PORT: '0',
    ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
    DEV_KEYS: 'true',
    SEED_FIXTURES: 'true',
    ...env,
  });
  const api = await createApi(config);
  const { port } = (api.app.getHttpServer() as Server).address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
  await db.connect();
  let contract: { version: number; checks: OpenApiContract } | undefined;
  // The same document /docs/openapi.json serves, built in-process so it costs no request budget;
  // read again once a published revision has changed it.
  const served = api.app.get(ServedDocument);
  const theContract = () => {
    if (contract?.version !== served.version) {
      const checks = new OpenApiContract(buildOpenApi(api.app));
      for (const seen of contract?.checks.seen ?? []) checks.seen.add(seen);
      contract = { version: served.version, checks };
    }
    return contract.checks;
  };
  return {
    api,
    config,
    baseUrl,
    schema,
    async sql<T>(text: string, params: unknown[] = []) {
      return (await db.query(text, params)).rows as T[];
    },
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.key) headers['authorization'] = `Bearer ${opts.key}`;
      let body: string | undefined;
      if (opts.raw !== undefined) {
        body = opts.raw;
        headers['content-type'] = opts.contentType ?? 'application/json';
      } else if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(opts.manual ? { redirect: 'manual' as const } : {}),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        // text/csv, text/plain
      }
      // A test fails on any answer the document does not describe.
      theContract().check(method, path, {
        status: res.status,
        contentType: res.headers.get('content-type'),
        body: parsed,
        text,
      });
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
    contract: theContract,
    async close() {
      await api.close();
      await db.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`{test-${id}}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

export const KEYS = {
  officer: 'dev-officer',
  democraticServices: 'dev-democratic-services',
  leader: 'dev-leader',
  member: 'dev-member',
  monitoringOfficer: 'dev-monitoring-officer',
} as const;

/** Waits for a condition instead of sleeping a fixed time. */
export async function expectEventually<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > end)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last).slice(0, 500)}`,
      );
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

/**
 * Registers road works in two divisions as the development officer, on any running API (a test's
 * own, or `npm start`'s), and says how long the answer took.
 */
export async function registerRoadWorks(
  baseUrl: string,
  title: string,
): Promise<{ status: number; id: string; ms: number }> {
  const start = Date.now();
  const r = await fetch(`${baseUrl}/events`, {
    method: 'POST',
    // A producer that gives up and retries would register the event twice.
    signal: AbortSignal.timeout(30_000),
    headers: { authorization: `Bearer ${KEYS.officer}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'road_works',
      title,
      major: true,
      divisions: ['Quorn & Barrow', 'Loughborough South'],
    }),
  });
  const body = (await r.json()) as { id: string };
  return { status: r.status, id: body.id, ms: Date.now() - start };
}
