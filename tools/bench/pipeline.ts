import { Client } from 'pg';
import { startApiProcess } from '../../apps/api/test/support/api-child';
import type { ApiReady } from '../../apps/api/test/support/api-process';
import { PG_URL, REDIS_URL } from '../../apps/api/test/support/test-api';
import { SmtpSink } from '../../apps/worker/test/support/smtp-sink';
import { ready, startWorker, type WorkerProcess } from '../../apps/worker/test/support/worker-process';
import { clock, progress } from './measure.util';
import type { SyntheticMember } from './synthetic-council';

export interface Accepted {
  readonly at: number;
  readonly notificationId: string;
  readonly messageId: string;
}

export interface Pipeline {
  readonly api: ApiReady & { readonly pid: number };
  readonly sink: SmtpSink;
  /** Every message the listener accepted, with the time (clock()) it did. */
  readonly accepted: Accepted[];
  /** Called on each acceptance, for the bench to watch progress. */
  onAccept: ((a: Accepted) => void) | undefined;
  readonly workers: WorkerProcess[];
  readonly workerEnv: Record<string, string>;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  request(
    method: string,
    path: string,
    opts?: { key?: string; body?: unknown; raw?: string; contentType?: string },
  ): Promise<{ status: number; body: unknown }>;
  /** `nodeArgs` go to Node itself, e.g. --trace-gc. */
  startWorkers(n: number, nodeArgs?: readonly string[]): Promise<WorkerProcess[]>;
  stopWorkers(): Promise<void>;
  close(): Promise<void>;
}

export const OFFICER_KEY = 'dev-officer';
export const DEMOCRATIC_SERVICES_KEY = 'dev-democratic-services';

/** BENCH_PROFILE=DIR writes a CPU profile of the API and of each worker process into DIR. */
export const PROFILE_ARGS = process.env['BENCH_PROFILE']
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
  : [];

/**
 * The whole delivery path on this machine: the real API (its own process, its own schema and queue
 * prefix), a real SMTP listener on loopback, and real worker processes started as production does.
 */
export async function startPipeline(apiEnv: Record<string, string>): Promise<Pipeline> {
  const apiProcess = await startApiProcess({ REDIS_URL, ...apiEnv }, PROFILE_ARGS);
  const api = apiProcess.ready;
  const accepted: Accepted[] = [];
  const pipeline: { onAccept: Pipeline['onAccept'] } = { onAccept: undefined };
  const sink = new SmtpSink({
    onAccept: (m) => {
      const a = { at: clock(), notificationId: m.notificationId, messageId: m.messageId };
      accepted.push(a);
      pipeline.onAccept?.(a);
    },
  });
  await sink.start();
  const db = new Client({ connectionString: PG_URL, options: `-c search_path=${api.schema}` });
  await db.connect();
  // The worker's own defaults, as production runs it; only the addresses are the bench's.
  const workerEnv: Record<string, string> = {
    DATABASE_URL: api.databaseUrl,
    DATABASE_SCHEMA: api.schema,
    REDIS_URL: api.redisUrl,
    QUEUE_PREFIX: api.queuePrefix,
    SMTP_URL: sink.url,
    ACK_SECRET: api.ackSecret,
    PUBLIC_URL: api.publicUrl,
  };
  const workers: WorkerProcess[] = [];
  const stopping = new Set<WorkerProcess>();
  // BENCH_WORKER_ENV='{"WORKER_CONCURRENCY":"20"}' tries other worker settings.
  const workerOverrides = JSON.parse(process.env['BENCH_WORKER_ENV'] ?? '{}') as Record<string, string>;
  const self: Pipeline = {
    api: { ...api, pid: apiProcess.child.pid ?? 0 },
    sink,
    accepted,
    get onAccept() {
      return pipeline.onAccept;
    },
    set onAccept(f) {
      pipeline.onAccept = f;
    },
    workers,
    workerEnv,
    async sql<T>(text: string, params: unknown[] = []) {
      return (await db.query(text, params)).rows as T[];
    },
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = {};
      if (opts.key) headers['authorization'] = `Bearer ${opts.key}`;
      let body: string | undefined;
      if (opts.raw !== undefined) {
        body = opts.raw;
        headers['content-type'] = opts.contentType ?? 'application/json';
      } else if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(`${api.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed };
    },
    async startWorkers(n, nodeArgs = []) {
      const started = Array.from({ length: n }, () =>
        startWorker({ ...workerEnv, ...workerOverrides }, [...PROFILE_ARGS, ...nodeArgs]),
      );
      workers.push(...started);
      for (const w of started) {
        // A worker that dies mid-run is a finding: say so, with what it printed.
        void w.exited.then((code) => {
          if (!stopping.has(w)) {
            progress(
              `a worker process (pid ${w.child.pid ?? '?'}) exited with ${String(code)}:\n${w.output().slice(-2000)}`,
            );
          }
        });
      }
      await Promise.all(started.map((w) => ready(w, 60_000)));
      return started;
    },
    async stopWorkers() {
      for (const w of workers) stopping.add(w);
      await Promise.all(workers.map((w) => w.kill('SIGTERM')));
      workers.length = 0;
    },
    async close() {
      await self.stopWorkers();
      await sink.stop();
      await db.end();
      await apiProcess.close();
    },
  };
  return self;
}

export function check(res: { status: number; body: unknown }, expected: number, what: string): void {
  if (res.status !== expected) {
    throw new Error(
      `${what}: expected HTTP ${expected}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`,
    );
  }
}

/**
 * Gives the seeded council the synthetic boundaries (uploaded through the API, as democratic
 * services would) and the synthetic roster (written with SQL: the CSV import stores members one by
 * one, which is not what is measured here). The seeded Leicestershire members leave the roster.
 */
export async function installSyntheticCouncil(
  p: Pipeline,
  geojson: string,
  members: readonly SyntheticMember[],
): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  progress(
    `pipeline: uploading ${(geojson.length / 1e6).toFixed(1)} MB of boundaries through POST /boundaries`,
  );
  const up = await p.request('POST', `/boundaries?label=bench&effectiveFrom=${today}`, {
    key: DEMOCRATIC_SERVICES_KEY,
    raw: geojson,
    contentType: 'application/geo+json',
  });
  check(up, 201, 'POST /boundaries');
  progress(`pipeline: writing ${members.length.toLocaleString('en-GB')} members with SQL`);
  const [{ id: councilId }] = (await p.sql<{ id: string }>(`SELECT id FROM councils LIMIT 1`)) as [
    { id: string },
  ];
  await p.sql(`UPDATE members SET active = false`);
  const inserted = await p.sql<{ id: string; external_id: string }>(
    `INSERT INTO members (council_id, external_id, name, email)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])
     RETURNING id, external_id`,
    [councilId, members.map((m) => m.externalId), members.map((m) => m.name), members.map((m) => m.email)],
  );
  const byExternal = new Map(inserted.map((r) => [r.external_id, r.id]));
  await p.sql(
    `INSERT INTO member_seats (member_id, division_name, term_start)
     SELECT *, DATE '2025-05-01' FROM unnest($1::uuid[], $2::text[])`,
    [members.map((m) => byExternal.get(m.externalId)), members.map((m) => m.division)],
  );
  // A preview loads the boundaries and the roster into the API's cache, as the first real event would.
  progress('pipeline: warming the API (it builds the 5,000-division index once per boundary generation)');
  const warm = await p.request('POST', '/events/preview', {
    key: OFFICER_KEY,
    body: {
      kind: 'consultation',
      title: 'warm-up',
      countywide: true,
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
  });
  check(warm, 200, 'POST /events/preview');
}
