import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Redis } from 'ioredis';
import { REDIS_URL, expectEventually } from '../../../apps/api/test/support/test-api';
import { freePort } from '../../../apps/worker/test/support/redis-server';

const START = join(__dirname, '..', 'start.mjs');
const ROOT = join(__dirname, '..', '..', '..');

export interface Ports {
  api: number;
  db: number;
  worker: number;
  smtp: number;
  web: number;
  idp: number;
}

/** `npm start` as a user runs it, on ports and a data directory of the test's own. */
export interface NpmStart {
  readonly child: ChildProcess;
  readonly ports: Ports;
  readonly dataDir: string;
  /** Everything it printed so far. */
  out(): string;
  readonly exited: Promise<number | null>;
}

/**
 * Starts `npm start` with these settings over the test's own, and waits until it says it is up:
 * start.mjs itself, or `through: 'npm'` the `npm start` command, with npm's own process as `child`.
 */
export async function npmStart(
  settings: Record<string, string>,
  through: 'node' | 'npm' = 'node',
  upWithinMs = 120_000,
): Promise<NpmStart> {
  const dataDir = mkdtempSync(join(tmpdir(), 'member-alerts-start-'));
  const ports: Ports = { api: 0, db: 0, worker: 0, smtp: 0, web: 0, idp: 0 };
  for (const k of Object.keys(ports) as (keyof Ports)[]) ports[k] = await freePort();
  const [command, args] = through === 'npm' ? ['npm', ['start']] : [process.execPath, [START]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(ports.api),
      EMBEDDED_DB_PORT: String(ports.db),
      WORKER_PORT: String(ports.worker),
      MAILDEV_SMTP_PORT: String(ports.smtp),
      MAILDEV_WEB_PORT: String(ports.web),
      DEV_OIDC_PORT: String(ports.idp),
      OIDC_ISSUER_URL: '',
      OIDC_CLIENT_ID: '',
      OIDC_CLIENT_SECRET: '',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_URL: '',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await expectEventually(
    () => Promise.resolve(out),
    (o) => o.includes('Press Ctrl+C to stop.') || child.exitCode !== null,
    upWithinMs,
  );
  expect(out).toContain('Press Ctrl+C to stop.');
  return { child, ports, dataDir, out: () => out, exited };
}

/** Stops it as Ctrl+C would (`signal`), killing it if it has not ended in 20 s. */
export async function stopNpmStart(
  run: NpmStart,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (run.child.exitCode === null && run.child.signalCode === null) {
    run.child.kill(signal);
    const late = setTimeout(() => run.child.kill('SIGKILL'), 20_000);
    await run.exited;
    clearTimeout(late);
  }
  return run.exited;
}

/** Stops it, and removes its data directory and its queue's keys (under `queuePrefix`) from Redis. */
export async function removeNpmStart(run: NpmStart, queuePrefix: string): Promise<void> {
  await stopNpmStart(run);
  rmSync(run.dataDir, { recursive: true, force: true });
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${queuePrefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
