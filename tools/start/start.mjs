#!/usr/bin/env node
// `npm start`: the whole product on one machine with no setup. The API on an embedded PostgreSQL
// (data in ./var), the delivery worker, and a local mail catcher whose web page shows every e-mail
// the members got. Set DATABASE_URL, SMTP_URL or REDIS_URL to use real services instead.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env };
const port = Number(env.PORT ?? 3000);
env.PORT = String(port);
env.PUBLIC_URL ??= `http://localhost:${port}`;
const children = [];
let stopping = false;

function say(line) {
  process.stdout.write(`${line}\n`);
}

function reachable(host, p) {
  return new Promise((resolve) => {
    const s = createConnection({ host, port: p });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('timeout', () => (s.destroy(), resolve(false)));
    s.once('error', () => resolve(false));
  });
}

async function startMailCatcher() {
  if (env.SMTP_URL) return undefined;
  const { MailDev } = await import('maildev');
  const smtp = Number(env.MAILDEV_SMTP_PORT ?? 1025);
  const web = Number(env.MAILDEV_WEB_PORT ?? 1080);
  const maildev = new MailDev({ smtp, web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  await maildev.start();
  env.SMTP_URL = `smtp://127.0.0.1:${smtp}`;
  return { maildev, url: `http://localhost:${web}` };
}

function run(name, script, until) {
  const child = spawn(process.execPath, [join(root, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let seen = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (d) => {
      const text = d.toString();
      seen += text;
      process.stdout.write(
        text
          .split('\n')
          .filter((l) => l && !l.startsWith('{'))
          .map((l) => `${l}\n`)
          .join(''),
      );
      if (seen.includes(until)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => process.stderr.write(`[${name}] ${d}`));
    child.once('exit', (code) => {
      if (!stopping) {
        reject(new Error(`${name} stopped (exit code ${code})`));
        shutdown(code ?? 1);
      }
    });
  });
  return ready;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('\nStopping Member Alerts…');
  for (const c of children.reverse()) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
  await mailCatcher?.maildev.stop().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

say('Starting Member Alerts…');
const redis = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
if (!(await reachable(redis.hostname, Number(redis.port || 6379)))) {
  say(
    `Redis is not reachable at ${redis.hostname}:${redis.port || 6379}: start it with "redis-server --daemonize yes" (or "docker compose -f docker/compose.yml up -d redis"), or set REDIS_URL. Alerts wait safely in the database until it is up.`,
  );
}
let mailCatcher;
const mail = await startMailCatcher().catch((e) => {
  say(`could not start the mail catcher (${e.message}); set SMTP_URL to a mail server`);
  return shutdown(1);
});
mailCatcher = mail;
try {
  await run('api', 'apps/api/bin/api.js', 'Member Alerts API is listening');
  await run('worker', 'apps/worker/bin/worker.js', 'worker is running');
} catch (e) {
  say(`Member Alerts could not start: ${e.message}`);
  await shutdown(1);
}
say(`\nWeb console: ${env.PUBLIC_URL.replace(/\/$/, '')}/app/`);
if (mail) say(`Mail catcher: the e-mails members receive appear at ${mail.url}`);
say('Press Ctrl+C to stop.\n');
