import { KEYS, expectEventually, startTestApi, type TestApi } from '../../../api/test/support/test-api';
import { SmtpSink, type SmtpSinkOptions } from './smtp-sink';
import { ready, startWorker, type WorkerProcess } from './worker-process';

export interface DeliveryHarness {
  t: TestApi;
  sink: SmtpSink;
  workers: WorkerProcess[];
  workerEnv: Record<string, string>;
  addWorker(extra?: Record<string, string>): Promise<WorkerProcess>;
  close(): Promise<void>;
}

/**
 * A worker's settings for the test's API and SMTP listener (the Redis is the caller's), with the
 * fault tests' short delays, so that retries, sweeps and lock take-overs happen within seconds.
 */
export function workerSettings(t: TestApi, sink: SmtpSink): Record<string, string> {
  return {
    DATABASE_URL: t.config.databaseUrl ?? '',
    DATABASE_SCHEMA: t.schema,
    QUEUE_PREFIX: t.config.queuePrefix,
    SMTP_URL: sink.url,
    ACK_SECRET: t.config.ackSecret,
    PUBLIC_URL: t.baseUrl,
    RETRY_DELAY_MS: '200',
    SCHEDULE_EVERY_MS: '300',
    SWEEP_AFTER_MS: '1500',
    SMTP_TIMEOUT_MS: '2000',
    LOCK_DURATION_MS: '3000',
    WORKER_CONCURRENCY: '5',
  };
}

/** The real API, a real SMTP listener and real worker processes, sharing one schema and queue prefix. */
export async function startDelivery(
  options: {
    sink?: SmtpSinkOptions;
    redisDb?: number;
    api?: Record<string, string>;
    worker?: Record<string, string>;
  } = {},
): Promise<DeliveryHarness> {
  const redisUrl = `redis://127.0.0.1:6379/${options.redisDb ?? 0}`;
  const t = await startTestApi({ REDIS_URL: redisUrl, ...options.api });
  const sink = new SmtpSink(options.sink);
  await sink.start();
  const workerEnv: Record<string, string> = {
    ...workerSettings(t, sink),
    REDIS_URL: redisUrl,
    ...options.worker,
  };
  const workers: WorkerProcess[] = [];
  return {
    t,
    sink,
    workers,
    workerEnv,
    async addWorker(extra = {}) {
      const w = startWorker({ ...workerEnv, ...extra });
      workers.push(w);
      await ready(w);
      return w;
    },
    async close() {
      await Promise.all(workers.map((w) => w.kill('SIGTERM')));
      await sink.stop();
      await t.close();
    },
  };
}

export interface RowState {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  email: string;
  event_version: number;
  change: string;
}

export async function rows(t: TestApi, eventIds: readonly string[]): Promise<RowState[]> {
  return t.sql<RowState>(
    `SELECT id, status, attempts, last_error, email, event_version, change FROM notifications WHERE event_id = ANY($1) ORDER BY email`,
    [eventIds],
  );
}

export const FINAL = new Set(['sent', 'permanent-failure', 'technical-failure', 'cancelled', 'acknowledged']);

export const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

/** Registers an event as an officer through the API, as a producer would. */
export async function register(harness: DeliveryHarness, body: Record<string, unknown>): Promise<string> {
  const r = await harness.t.request('POST', '/events', { key: KEYS.officer, body });
  if (r.status !== 201) throw new Error(`POST /events answered ${r.status}: ${r.text}`);
  return (r.body as { id: string }).id;
}

/** Waits until every notification of these events has reached a final status. */
export function allFinal(harness: DeliveryHarness, ids: string[], timeoutMs = 60_000): Promise<RowState[]> {
  return expectEventually(
    () => rows(harness.t, ids),
    (rs) => rs.length > 0 && rs.every((r) => FINAL.has(r.status)),
    timeoutMs,
  );
}
