#!/usr/bin/env node
// `npm start`: the whole product on one machine with no setup. The API on an embedded PostgreSQL
// (data in ./var), the delivery worker, a local mail catcher whose web page shows every e-mail
// the members got, and a local OpenID Connect provider to sign in to the console as any seeded
// person, and Redis (see redis.mjs) when this machine has none running. Set DATABASE_URL,
// SMTP_URL, REDIS_URL or OIDC_ISSUER_URL to use real services instead.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logFile } from './logs.mjs';
import { onPath, reachable, redisAddress, redisPlan, spawnRedis } from './redis.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env };
const port = Number(env.PORT ?? 3000);
env.PORT = String(port);
env.PUBLIC_URL ??= `http://localhost:${port}`;
const children = [];
let stopping = false;
const logsDir = resolve(env.DATA_DIR || 'var', 'logs');

function say(line) {
  process.stdout.write(`${line}\n`);
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

// The council this installation serves, by its folder in fixtures/: its rules (policy.yaml), and
// the boundaries and fictional roster an empty database is seeded with. Unset: the one
// fixtures/default-council.txt names.
const COUNCIL =
  env.COUNCIL || readFileSync(join(root, 'fixtures', 'default-council.txt'), 'utf8').trim();
const FIXTURES = join(root, 'fixtures', COUNCIL);

/** Why COUNCIL cannot run, in words (the API says the same at its start), or undefined. */
function councilProblem() {
  if (existsSync(join(FIXTURES, 'policy.yaml'))) return undefined;
  const fixtures = join(root, 'fixtures');
  const known = readdirSync(fixtures, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(fixtures, e.name, 'policy.yaml')))
    .map((e) => e.name)
    .sort();
  return `COUNCIL is "${COUNCIL}", but there is no fixtures/${COUNCIL}/policy.yaml with its rules: the councils in fixtures/ are ${known.join(', ') || 'none'}`;
}

/** Who to sign in as, by role, on the local provider's page: [role, e-mail] of seeded people. */
let signInAs = [];

// Single sign-on against a provider on this machine, unless the user set their own. It knows the
// seeded councillors and officers by their roster e-mail and takes any password.
async function startSignInProvider() {
  if (env.OIDC_ISSUER_URL || env.OIDC_CLIENT_ID || env.OIDC_CLIENT_SECRET) return undefined;
  if (!existsSync(join(FIXTURES, 'members.csv')) || !existsSync(join(FIXTURES, 'officers.csv')))
    return undefined;
  const { seededAccounts, signInExamples, startDevProvider } =
    await import('../dev-oidc/dev-oidc-provider.mjs');
  const publicUrl = env.PUBLIC_URL.replace(/\/$/, '');
  const idp = await startDevProvider({
    redirectUri: `${publicUrl}/auth/callback`,
    postLogoutUri: `${publicUrl}/app/`,
    accounts: seededAccounts(FIXTURES),
    port: Number(env.DEV_OIDC_PORT ?? 3100),
  });
  env.OIDC_ISSUER_URL = idp.issuer;
  env.OIDC_CLIENT_ID = idp.clientId;
  env.OIDC_CLIENT_SECRET = idp.clientSecret;
  signInAs = signInExamples(FIXTURES);
  return idp;
}

/** How a child ended, in words: "exit code 1" or "killed by SIGKILL". */
function why(code, signal) {
  return code !== null ? `exit code ${code}` : `killed by ${signal}`;
}

// Starts one of the product's processes, echoing its human lines (not its JSON logs). `ready`
// settles when it prints `until`, or fails if it exits first; `exited` gives its code and signal.
function run(name, script, until) {
  const child = spawn(process.execPath, [join(root, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  // Everything it prints is kept, JSON log lines and errors too (the terminal shows only the human lines).
  const log = logFile(logsDir, name);
  let seen = '';
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      if (children.includes(child)) children.splice(children.indexOf(child), 1);
      resolve({ code, signal });
    }),
  );
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const text = d.toString();
      log.write(text);
      seen += text;
      process.stdout.write(
        text
          .split('\n')
          .filter((l) => l && !l.startsWith('{'))
          .map((l) => `${l}\n`)
          .join(''),
      );
      if (seen.includes(until)) resolve();
    });
    void exited.then(({ code, signal }) => reject(new Error(`${name} stopped (${why(code, signal)})`)));
  });
  child.stderr.on('data', (d) => {
    log.write(d.toString());
    process.stderr.write(`[${name}] ${d}`);
  });
  return { child, ready, exited };
}

// The API holds the embedded database: without it nothing works, so its end is the product's end.
async function startApi() {
  const api = run('api', 'apps/api/bin/api.js', 'Member Alerts API is listening');
  await api.ready;
  void api.exited.then(({ code, signal }) => {
    if (stopping) return;
    say(`The API stopped (${why(code, signal)}); stopping Member Alerts.`);
    void shutdown(code || 1);
  });
}

// The worker only sends: when it dies, the rows it held wait in the database (its lease runs out
// and the next worker's sweeper queues them again), so it is started again, waiting longer after
// each quick death so a worker that cannot start does not spin.
const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 30_000;
const STAYED_UP_MS = 60_000;
let restartTimer;

async function superviseWorker() {
  let delay = RESTART_FIRST_MS;
  // Until it has started once, a failure is a failure to start, reported as such.
  let started = false;
  const start = () => {
    const worker = run('worker', 'apps/worker/bin/worker.js', 'worker is running');
    const startedAt = Date.now();
    void worker.exited.then(({ code, signal }) => {
      if (stopping || !started) return;
      if (Date.now() - startedAt >= STAYED_UP_MS) delay = RESTART_FIRST_MS;
      say(`The delivery worker stopped (${why(code, signal)}); starting it again in ${delay / 1000} s.`);
      restartTimer = setTimeout(() => {
        restartTimer = undefined;
        if (!stopping) start().ready.catch(() => undefined);
      }, delay);
      delay = Math.min(delay * 2, RESTART_MAX_MS);
    });
    return worker;
  };
  await start().ready;
  started = true;
}

// Redis: the one REDIS_URL names, or one of npm start's own (see redis.mjs). The alerts are kept in
// the database, so without Redis they wait there, and go out once it is up.
const ALERTS_WAIT = 'Alerts wait safely in the database until it is up.';
const REDIS_READY_MS = 10_000;
let redisServer;

async function startRedis() {
  const { host, port, password } = redisAddress(env.REDIS_URL);
  const plan = redisPlan({
    redisUrl: env.REDIS_URL,
    answers: await reachable(host, port),
    installed: onPath('redis-server') !== undefined,
  });
  if (plan.action === 'unreachable')
    return say(`Redis is not reachable at ${host}:${port}: start it there, or set REDIS_URL. ${ALERTS_WAIT}`);
  if (plan.action === 'install')
    return say(
      `Redis is not running on this machine and is not installed: install it ("apt-get install redis-server" or "brew install redis") and run npm start again, or set REDIS_URL. ${ALERTS_WAIT}`,
    );
  if (plan.action === 'use')
    return say(
      env.REDIS_URL
        ? `Using Redis at ${host}:${port}, from REDIS_URL.`
        : `Using the Redis already running on this machine at ${host}:${port}.`,
    );
  const dir = resolve(env.DATA_DIR || 'var', 'redis');
  say(`Starting Redis on port ${port} (data in ${dir})…`);
  const child = spawnRedis({ port, dir, password });
  let log = '';
  child.stdout.on('data', (d) => (log = (log + d.toString()).slice(-2_000)));
  child.stderr.on('data', (d) => (log = (log + d.toString()).slice(-2_000)));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const server = { child, exited };
  redisServer = server;
  const end = Date.now() + REDIS_READY_MS;
  while (child.exitCode === null && child.signalCode === null && !(await reachable('127.0.0.1', port))) {
    if (Date.now() > end) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (child.exitCode !== null || child.signalCode !== null) {
    const { code, signal } = await exited;
    const last =
      log
        .trim()
        .split('\n')
        .pop()
        ?.replace(/^\d+:[A-Z] [^*#-]*[*#-] /, '') ?? '';
    redisServer = undefined;
    return say(`Redis could not start (${why(code, signal)}${last ? `: ${last}` : ''}). ${ALERTS_WAIT}`);
  }
  void exited.then(({ code, signal }) => {
    if (stopping) return;
    redisServer = undefined;
    say(
      `Redis stopped (${why(code, signal)}); alerts wait safely in the database: stop with Ctrl+C and run npm start again.`,
    );
  });
  return undefined;
}

/** Stops npm start's own Redis, after the API and the worker, so that they close cleanly. */
async function stopRedis() {
  const server = redisServer;
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const late = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await server.exited;
  clearTimeout(late);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  clearTimeout(restartTimer);
  say('\nStopping Member Alerts…');
  const running = [...children].reverse();
  for (const c of running) c.kill('SIGTERM');
  // A process that cannot finish its shutdown must not keep `npm start` from ending.
  const late = setTimeout(() => running.forEach((c) => c.kill('SIGKILL')), 15_000);
  await Promise.all(
    running.map(
      (c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', r))),
    ),
  );
  clearTimeout(late);
  await stopRedis();
  await mailCatcher?.maildev.stop().catch(() => undefined);
  await signInProvider?.close().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const unknownCouncil = councilProblem();
if (unknownCouncil) {
  say(`Member Alerts cannot start: ${unknownCouncil}.`);
  process.exit(1);
}
say('Starting Member Alerts…');
await startRedis();
let mailCatcher;
const mail = await startMailCatcher().catch((e) => {
  say(`could not start the mail catcher (${e.message}); set SMTP_URL to a mail server`);
  return shutdown(1);
});
mailCatcher = mail;
let signInProvider;
const idp = await startSignInProvider().catch((e) => {
  say(
    `could not start the local sign-in provider (${e.message}); set DEV_OIDC_PORT to a free port, or OIDC_ISSUER_URL`,
  );
  return shutdown(1);
});
signInProvider = idp;
try {
  await startApi();
  await superviseWorker();
} catch (e) {
  say(`Member Alerts could not start: ${e.message}`);
  await shutdown(1);
}
say(`\nWeb console: ${env.PUBLIC_URL.replace(/\/$/, '')}/app/`);
if (mail) say(`Mail catcher: the e-mails members receive appear at ${mail.url}`);
if (idp) {
  say(`Sign in: open the web console, choose "Sign in with your council account", and on the local`);
  say(`sign-in page (${idp.issuer}) type one of these e-mail addresses, with any password:`);
  for (const [role, email] of signInAs) say(`  ${role.padEnd(20)} ${email}`);
  say(`  or any councillor or officer in fixtures/${COUNCIL}/*.csv by their e-mail address.`);
}
if (env.DEV_KEYS !== 'false' && env.NODE_ENV !== 'production')
  say('The development keys (dev-officer, dev-member, …) still work while DEV_KEYS is on.');
say(`Logs: every line the API and the worker write is kept in ${logsDir} (api.log, worker.log).`);
say('Press Ctrl+C to stop.\n');
