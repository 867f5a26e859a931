import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'worker.js');

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** The health and metrics address, once it has started. */
  healthUrl(): string;
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a real worker process, as production runs it, with the test's settings. */
export function startWorker(env: Record<string, string>, nodeArgs: readonly string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [...nodeArgs, BIN], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', WORKER_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    healthUrl: () => /health and metrics on (http:\/\/\S+)/.exec(out)?.[1] ?? '',
    exited,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits until the worker says it is running (its pool and queue connections are up). */
export async function ready(w: WorkerProcess, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!w.output().includes('worker is running')) {
    if (w.child.exitCode !== null) throw new Error(`worker exited early:\n${w.output()}`);
    if (Date.now() > end) throw new Error(`worker did not start in ${timeoutMs} ms:\n${w.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
