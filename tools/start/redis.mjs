// The Redis `npm start` uses: the one REDIS_URL names, or, when that is this machine and nothing
// answers there, a redis-server of its own with its data in DATA_DIR/redis.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { delimiter, join } from 'node:path';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Where REDIS_URL points: host, port and password, and whether that is this machine. */
export function redisAddress(redisUrl) {
  const url = new URL(redisUrl || DEFAULT_REDIS_URL);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    password,
    local: LOCAL_HOSTS.has(url.hostname),
  };
}

/**
 * What `npm start` does about Redis: `use` the one that answers, `start` one of its own (REDIS_URL
 * unset or on this machine, nothing answering, redis-server installed), tell how to `install` one,
 * or tell that the named one is `unreachable`.
 */
export function redisPlan({ redisUrl, answers, installed }) {
  const { host, port, local } = redisAddress(redisUrl);
  if (answers) return { action: 'use', host, port };
  if (!local) return { action: 'unreachable', host, port };
  return { action: installed ? 'start' : 'install', host, port };
}

/** Whether something accepts a connection there within a second. */
export function reachable(host, port) {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('timeout', () => (s.destroy(), resolve(false)));
    s.once('error', () => resolve(false));
  });
}

/** The full path of a program on PATH, or undefined. */
export function onPath(program, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return join(dir, program);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Runs redis-server on loopback with its data (append-only file on) under `dir`. On Linux it is
 * started through setpriv so that it is stopped too if `npm start` itself is killed.
 */
export function spawnRedis({ port, dir, password }) {
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '-::1', '--dir', dir];
  args.push('--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--daemonize', 'no');
  if (password) args.push('--requirepass', password);
  const setpriv = onPath('setpriv');
  const [command, commandArgs] = setpriv
    ? [setpriv, ['--pdeathsig', 'TERM', '--', 'redis-server', ...args]]
    : ['redis-server', args];
  return spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
}
