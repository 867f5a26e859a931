// Runs the real API in a process of its own, through the API tests' own harness, so that a bench or
// a test can read the API's memory apart from its own. The parent (api-child.ts) talks to it over
// the IPC channel.
import { startTestApi } from './test-api';

export interface ApiReady {
  readonly type: 'ready';
  readonly baseUrl: string;
  readonly schema: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly queuePrefix: string;
  readonly ackSecret: string;
  readonly publicUrl: string;
}

export interface ApiMemory {
  readonly type: 'memory';
  /** Whether a full collection ran first (the process was started with --expose-gc). */
  readonly collected: boolean;
  readonly heapUsed: number;
  readonly rss: number;
  readonly external: number;
  readonly arrayBuffers: number;
}

/** The memory the API keeps: after full collections, when Node exposes them. */
function memoryAfterGc(): ApiMemory {
  // Twice: the first collection can leave objects that only a weak reference or finaliser freed.
  global.gc?.();
  global.gc?.();
  const m = process.memoryUsage();
  return {
    type: 'memory',
    collected: typeof global.gc === 'function',
    heapUsed: m.heapUsed,
    rss: m.rss,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
  };
}

async function main(): Promise<void> {
  const env = JSON.parse(process.env['BENCH_API_ENV'] ?? '{}') as Record<string, string>;
  const t = await startTestApi(env);
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await t.close().catch((e: unknown) => process.stderr.write(`bench api: ${(e as Error).message}\n`));
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'close') void close();
    if (m === 'memory') process.send?.(memoryAfterGc());
  });
  // The bench itself went away: drop the schema and the queue keys all the same.
  process.on('disconnect', () => void close());
  const ready: ApiReady = {
    type: 'ready',
    baseUrl: t.baseUrl,
    schema: t.schema,
    databaseUrl: t.config.databaseUrl ?? '',
    redisUrl: t.config.redisUrl,
    queuePrefix: t.config.queuePrefix,
    ackSecret: t.config.ackSecret,
    publicUrl: t.config.publicUrl,
  };
  process.send?.(ready);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench api: could not start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
