import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../api/src/bootstrap';
import { loadConfig } from '../../api/src/config/app-config';
import { expectEventually, registerRoadWorks, startTestApi } from '../../api/test/support/test-api';
import { FINAL } from './support/delivery-harness';
import { RedisServer, freePort } from './support/redis-server';
import { SmtpSink } from './support/smtp-sink';
import { ready, startWorker, type WorkerProcess } from './support/worker-process';

const ACK_SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

interface Product {
  baseUrl: string;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** How the worker reaches the same database. */
  workerEnv: Record<string, string>;
  close(): Promise<void>;
}

/** The API on this machine's PostgreSQL, in a schema of its own. */
async function onRealPostgres(redisUrl: string): Promise<Product> {
  const t = await startTestApi({ REDIS_URL: redisUrl });
  return {
    baseUrl: t.baseUrl,
    sql: (text, params) => t.sql(text, params),
    workerEnv: {
      DATABASE_URL: t.config.databaseUrl ?? '',
      DATABASE_SCHEMA: t.schema,
      QUEUE_PREFIX: t.config.queuePrefix,
    },
    close: () => t.close(),
  };
}

/** The API as `npm start` runs it: the embedded PostgreSQL (PGlite) in a data directory of its own. */
async function onEmbeddedPostgres(redisUrl: string): Promise<Product> {
  const dataDir = mkdtempSync(join(tmpdir(), 'member-alerts-outage-'));
  const api = await createApi(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PORT: '0',
      REDIS_URL: redisUrl,
      ACK_SECRET,
      DEV_KEYS: 'true',
      SEED_FIXTURES: 'true',
    }),
  );
  const { port } = (api.app.getHttpServer() as Server).address() as AddressInfo;
  const db = new Client({ connectionString: api.embedded?.url });
  await db.connect();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async sql<T>(text: string, params: unknown[] = []) {
      return (await db.query(text, params)).rows as T[];
    },
    // No DATABASE_URL: the worker finds the embedded database's socket in DATA_DIR, as under `npm start`.
    workerEnv: { DATABASE_URL: '', DATA_DIR: dataDir },
    async close() {
      await db.end();
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  cleanup = [];
});

async function get(baseUrl: string, path: string): Promise<{ status: number; body: unknown }> {
  const r = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
  return { status: r.status, body: await r.json() };
}

/** Registers an event while Redis is out of reach: 201 within 2 s, and the API answers but for Redis. */
async function registerWhileDown(p: Product, title: string): Promise<{ id: string; ms: number }> {
  const r = await registerRoadWorks(p.baseUrl, title);
  expect(r.status).toBe(201);
  expect(r.ms).toBeLessThan(2_000);
  expect((await get(p.baseUrl, '/health/live')).status).toBe(200);
  expect(await get(p.baseUrl, '/health')).toEqual({
    status: 503,
    body: { status: 'degraded', checks: { database: 'up', redis: 'down' } },
  });
  return r;
}

interface Row {
  id: string;
  status: string;
  email: string;
}

const rowsOf = (p: Product, ids: string[]) =>
  p.sql<Row>('SELECT id, status, email FROM notifications WHERE event_id = ANY($1) ORDER BY email', [ids]);

/** Every row of these events sent, and each person's e-mail received exactly once. */
async function expectSentOnce(p: Product, sink: SmtpSink, ids: string[]): Promise<void> {
  const done = await expectEventually(
    () => rowsOf(p, ids),
    (rs) => rs.length > 0 && rs.every((r) => FINAL.has(r.status)),
    60_000,
  );
  expect(done.map((r) => r.status)).toEqual(done.map(() => 'sent'));
  // Let a second copy, if one were coming, arrive before counting.
  await new Promise((r) => setTimeout(r, 1_500));
  const counts = sink.counts();
  expect(done.map((r) => [r.email, counts.get(r.id) ?? 0])).toEqual(done.map((r) => [r.email, 1]));
}

describe.each([
  ['the real PostgreSQL', onRealPostgres],
  ['the embedded PostgreSQL', onEmbeddedPostgres],
])('registering events while Redis is down, on %s', (name, startProduct) => {
  it('answers 201 at once, keeps the API healthy but for Redis, and sends every alert once when Redis is back', async () => {
    const redis = new RedisServer(await freePort());
    cleanup.push(() => redis.stop());
    const p = await startProduct(redis.url);
    cleanup.push(() => p.close());
    const sink = new SmtpSink();
    await sink.start();
    cleanup.push(() => sink.stop());
    const worker: WorkerProcess = startWorker({
      ...p.workerEnv,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      ACK_SECRET,
      SCHEDULE_EVERY_MS: '300',
      SWEEP_AFTER_MS: '1500',
      SMTP_TIMEOUT_MS: '2000',
      LOCK_DURATION_MS: '3000',
    });
    // A worker that cannot shut down (as one waiting on Redis inside a transaction could not) must
    // not outlive the test holding the scheduler's lock.
    cleanup.push(async () => {
      const stopped = await Promise.race([
        worker.kill('SIGTERM'),
        new Promise((r) => setTimeout(() => r('late'), 10_000)),
      ]);
      if (stopped === 'late') await worker.kill('SIGKILL');
    });
    await ready(worker);

    // Redis has not been up since the API and the worker started.
    const first = await registerWhileDown(p, 'A6 works, Redis never up');
    expect((await rowsOf(p, [first.id])).every((r) => r.status === 'created')).toBe(true);
    await redis.start();
    await expectSentOnce(p, sink, [first.id]);

    // Redis goes away after it has been up.
    await redis.stop();
    const second = await registerWhileDown(p, 'A6 works, Redis gone');
    await redis.start();
    await expectSentOnce(p, sink, [first.id, second.id]);

    // Redis hangs: its connections stay open and nothing answers.
    redis.pause();
    const third = await registerWhileDown(p, 'A6 works, Redis hung');
    // The worker's readiness says so too, within its one-second bound.
    const started = Date.now();
    expect(await get(worker.healthUrl(), '/health')).toEqual({
      status: 503,
      body: { status: 'degraded', checks: { database: 'up', redis: 'down' } },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    redis.resume();
    await expectSentOnce(p, sink, [first.id, second.id, third.id]);
    process.stdout.write(
      `[redis outage] ${name}: POST /events answered in ${first.ms} ms (never up), ${second.ms} ms (gone), ${third.ms} ms (hung); ${sink.accepted} e-mails for ${sink.counts().size} rows\n`,
    );
  });
});
