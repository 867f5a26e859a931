import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, registerRoadWorks } from '../../apps/api/test/support/test-api';
import { freePort } from '../../apps/worker/test/support/redis-server';
import { type NpmStart, npmStart, stopNpmStart } from './support/npm-start';
import { reachable } from './redis.mjs';

// `npm start` on a machine where nothing answers at REDIS_URL: it runs a Redis of its own.
let run: NpmStart;
let redisPort: number;

/** The pids of redis-server processes listening on the port. */
function redisPids(port: number): number[] {
  try {
    return execFileSync('pgrep', ['-f', `redis-server 127.0.0.1:${port}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return [];
  }
}

/** Every file under the directory, by path relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

beforeAll(async () => {
  redisPort = await freePort();
  expect(await reachable('127.0.0.1', redisPort)).toBe(false);
  run = await npmStart({ REDIS_URL: `redis://localhost:${redisPort}`, SCHEDULE_EVERY_MS: '300' });
});

afterAll(async () => {
  await stopNpmStart(run);
  rmSync(run.dataDir, { recursive: true, force: true });
});

describe('npm start with no Redis running on this machine', () => {
  it('runs its own, with its data kept in DATA_DIR, the alerts go out through it, and Ctrl+C stops it', async () => {
    const dir = join(run.dataDir, 'redis');
    expect(run.out()).toContain(`Starting Redis on port ${redisPort} (data in ${dir})…`);
    const pids = redisPids(redisPort);
    expect(pids).toHaveLength(1);

    const title = 'A6 works, alerts through the Redis npm start runs';
    const r = await registerRoadWorks(`http://127.0.0.1:${run.ports.api}`, title);
    expect(r.status).toBe(201);
    const mails = await expectEventually(
      async () =>
        (await (await fetch(`http://127.0.0.1:${run.ports.web}/api/email`)).json()) as { subject: string }[],
      (ms) => ms.some((m) => m.subject.includes(title)),
      60_000,
    );
    const aof = filesUnder(dir).filter((f) => f.endsWith('.aof'));
    expect(aof.length).toBeGreaterThan(0);

    const code = await stopNpmStart(run, 'SIGINT');
    expect(code).toBe(0);
    expect(redisPids(redisPort)).toEqual([]);
    expect(pids.every((pid) => !existsSync(`/proc/${pid}`))).toBe(true);
    expect(await reachable('127.0.0.1', redisPort)).toBe(false);
    process.stdout.write(
      `[npm start] own Redis on ${redisPort}: ${mails.filter((m) => m.subject.includes(title)).length} e-mail(s), append-only files ${aof.join(', ')}; after Ctrl+C exit code ${code}, no redis-server left\n`,
    );
  });
});

/** The pids of npm start's own processes. */
function childrenOf(run: NpmStart): number[] {
  return execFileSync('pgrep', ['-P', String(run.child.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);
}

describe('npm start when its own Redis dies, or is killed itself', () => {
  it('says so when its Redis dies', async () => {
    const port = await freePort();
    const left = await npmStart({ REDIS_URL: `redis://127.0.0.1:${port}` });
    const children = childrenOf(left);
    try {
      const [redis] = redisPids(port);
      process.kill(redis ?? 0, 'SIGKILL');
      await expectEventually(
        () => Promise.resolve(left.out()),
        (o) => o.includes('Redis stopped (killed by SIGKILL); alerts wait safely in the database'),
        15_000,
      );
      const line = left
        .out()
        .split('\n')
        .find((l) => l.startsWith('Redis stopped'));
      process.stdout.write(`[npm start] printed: ${line}\n`);
    } finally {
      left.child.kill('SIGKILL');
      for (const pid of children) if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
      rmSync(left.dataDir, { recursive: true, force: true });
    }
  });

  it('takes its own Redis with it when killed the hard way', async () => {
    const port = await freePort();
    const killed = await npmStart({ REDIS_URL: `redis://127.0.0.1:${port}` });
    const children = childrenOf(killed);
    const [redis] = redisPids(port);
    expect(children).toContain(redis);
    try {
      killed.child.kill('SIGKILL');
      await killed.exited;
      await expectEventually(
        () => Promise.resolve(redisPids(port)),
        (left) => left.length === 0,
        15_000,
      );
      expect(await reachable('127.0.0.1', port)).toBe(false);
    } finally {
      // The API and the worker, left behind without their parent (and their Redis), are the test's
      // to stop.
      for (const pid of children) if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
      rmSync(killed.dataDir, { recursive: true, force: true });
    }
  });
});
