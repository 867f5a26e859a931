import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar, signInThrough } from '../../apps/api/test/support/oidc-provider';
import { REDIS_URL, expectEventually, registerRoadWorks } from '../../apps/api/test/support/test-api';
import { type NpmStart, type Ports, npmStart, removeNpmStart, stopNpmStart } from './support/npm-start';

// `npm start` as a user runs it, on ports and a data directory of the test's own, then its
// processes killed the hard way.
let run: NpmStart;
let exited: Promise<number | null>;
let prefix: string;
let ports: Ports;

/** The pid of the `npm start` child running this script. */
function childPid(script: string): number {
  const pids = execFileSync('pgrep', ['-P', String(run.child.pid), '-f', script], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);
  expect(pids).toHaveLength(1);
  return pids[0] ?? 0;
}

/** The embedded database's socket folder in npm start's DATA_DIR, as the pg driver names a host. */
function socketDir(): string {
  return join(run.dataDir, 'pgsocket');
}

function embeddedDatabase(): Client {
  return new Client({ connectionString: `postgres://postgres@${encodeURIComponent(socketDir())}/postgres` });
}

/** Every process below this one, by pid. */
function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const below: number[] = [];
  let parents = [pid];
  while (parents.length) {
    const next = table.filter(([, ppid]) => parents.includes(ppid ?? 0)).map(([p]) => p ?? 0);
    below.push(...next);
    parents = next;
  }
  return below;
}

/** Whether the process is still there (Linux: its /proc entry goes when it has ended and been reaped). */
const alive = (pid: number): boolean => existsSync(`/proc/${pid}`);

async function status(url: string, init: RequestInit = {}): Promise<number> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.status,
    () => 0,
  );
}

async function register(title: string): Promise<string> {
  const r = await registerRoadWorks(`http://127.0.0.1:${ports.api}`, title);
  expect(r.status).toBe(201);
  return r.id;
}

beforeAll(async () => {
  prefix = `{start-${randomBytes(5).toString('hex')}}`;
  run = await npmStart({
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    // A killed worker's rows are taken over once their lease (twice the SMTP timeout) runs out.
    SMTP_TIMEOUT_MS: '2000',
    SCHEDULE_EVERY_MS: '300',
    SWEEP_AFTER_MS: '1500',
    LOCK_DURATION_MS: '3000',
  });
  ports = run.ports;
  exited = run.exited;
});

afterAll(async () => {
  await removeNpmStart(run, prefix);
});

describe('npm start signs people in through a local OpenID provider', () => {
  it('prints how to sign in, and the console’s sign-in goes to that provider and back as the member', async () => {
    const issuer = `http://127.0.0.1:${ports.idp}`;
    expect(run.out()).toContain(
      `sign-in page (${issuer}) type one of these e-mail addresses, with any password:`,
    );
    expect(run.out()).toMatch(/democratic services\s+raj\.patel@leics\.example/);
    expect(run.out()).toMatch(/member\s+oliver\.belgrave@members\.leics\.example/);
    const publicUrl = `http://localhost:${ports.api}`;
    const login = await fetch(`${publicUrl}/auth/login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    expect(new URL(login.headers.get('location') ?? '').origin).toBe(issuer);
    const jar = new CookieJar();
    const last = await signInThrough(
      jar,
      `${publicUrl}/auth/login`,
      'oliver.belgrave@members.leics.example',
      (u) => u.startsWith(`${publicUrl}/app`),
    );
    expect(last.location).toBe(`${publicUrl}/app/`);
    const session = await fetch(`${publicUrl}/auth/session`, { headers: { cookie: jar.header(publicUrl) } });
    expect(await session.json()).toMatchObject({ role: 'member', name: 'Oliver Belgrave', via: 'session' });
    process.stdout.write(
      `[npm start] printed:\n${run
        .out()
        .split('\n')
        .filter((l) => /Sign in|sign-in page|@|fixtures|development keys/.test(l))
        .join('\n')}\n`,
    );
  });
});

describe('npm start in the terminal', () => {
  it('says which Redis it uses, and prints none of the local sign-in provider’s development notices', () => {
    const { hostname, port } = new URL(REDIS_URL);
    expect(run.out()).toContain(`Using Redis at ${hostname}:${port || 6379}, from REDIS_URL.`);
    expect(run.out()).not.toMatch(/oidc-provider|NOTICE|WARNING/);
  });
});

describe('npm start keeps its embedded database to the user who runs it', () => {
  it('answers on no port, only on a socket in a folder of DATA_DIR that no one else may enter', async () => {
    expect(statSync(socketDir()).mode & 0o777).toBe(0o700);
    // EMBEDDED_DB_PORT, where it used to answer anyone on this machine as postgres, with no password.
    const overTcp = new Client({ connectionString: `postgres://postgres@127.0.0.1:${ports.db}/postgres` });
    await expect(overTcp.connect()).rejects.toThrow(/ECONNREFUSED/);
    const db = embeddedDatabase();
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM divisions');
      expect(rows[0]?.n).toBe(53);
    } finally {
      await db.end();
    }
  });

  it.runIf(process.getuid?.() === 0)('refuses another user of this machine', () => {
    const socket = join(socketDir(), '.s.PGSQL.5432');
    // Python, not this Node: the Node running the tests may sit in a folder only its owner can
    // enter (CI's Node 24 is under ~/.cache), and nobody must be stopped by the socket's folder.
    const tryConnect = `import errno, socket
s = socket.socket(socket.AF_UNIX)
try:
    s.connect(${JSON.stringify(socket)})
    print('connected')
except OSError as e:
    print(errno.errorcode.get(e.errno, e.errno))`;
    const asNobody = spawnSync('/usr/bin/python3', ['-c', tryConnect], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    expect(asNobody.stdout.trim()).toBe('EACCES');
    const asOwner = spawnSync('/usr/bin/python3', ['-c', tryConnect], { encoding: 'utf8' });
    expect(asOwner.stdout.trim()).toBe('connected');
  });
});

describe('npm start when one of its processes dies', () => {
  it('starts a killed worker again, keeps the API up, and sends every alert once', async () => {
    const before = await register('A6 works, before the worker is killed');
    const first = childPid('apps/worker/bin/worker.js');
    process.kill(first, 'SIGKILL');
    await expectEventually(
      () => Promise.resolve(run.out()),
      (o) => o.includes('The delivery worker stopped (killed by SIGKILL); starting it again in 1 s.'),
    );
    expect(await status(`http://127.0.0.1:${ports.api}/health/live`)).toBe(200);
    await expectEventually(
      () => status(`http://127.0.0.1:${ports.worker}/health/live`),
      (s) => s === 200,
      60_000,
    );
    expect(childPid('apps/worker/bin/worker.js')).not.toBe(first);
    const after = await register('A6 works, after the worker came back');

    const db = embeddedDatabase();
    await db.connect();
    // PGlite serves every connection in one session, taking their protocol messages in turn: a
    // query with parameters (parse, bind, execute) can be split by the API's or the worker's and
    // answer for theirs. One simple query is one message. The ids are the API's own UUIDs.
    for (const id of [before, after]) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    try {
      const rows = await expectEventually(
        async () =>
          (
            await db.query<{ id: string; status: string }>(
              `SELECT id, status FROM notifications WHERE event_id IN ('${before}', '${after}') ORDER BY id`,
            )
          ).rows,
        (rs) => rs.length > 0 && rs.every((r) => r.status === 'sent'),
        60_000,
      );
      // Let a second copy, if one were coming, reach the mail catcher before counting.
      await new Promise((r) => setTimeout(r, 1_500));
      const mails = (await (await fetch(`http://127.0.0.1:${ports.web}/api/email`)).json()) as {
        headers: Record<string, string>;
      }[];
      const counts = new Map<string, number>();
      for (const m of mails) {
        const id = m.headers['x-member-alerts-notification'] ?? '';
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      expect(rows.map((r) => [r.id, counts.get(r.id) ?? 0])).toEqual(rows.map((r) => [r.id, 1]));
      process.stdout.write(
        `[npm start] worker killed and started again: ${rows.length} rows, ${mails.length} e-mails\n`,
      );
    } finally {
      await db.end();
    }
  });

  it('stops with a reason and a non-zero exit code when the API is killed', async () => {
    process.kill(childPid('apps/api/bin/api.js'), 'SIGKILL');
    const code = await exited;
    expect(run.out()).toContain('The API stopped (killed by SIGKILL); stopping Member Alerts.');
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    process.stdout.write(
      `[npm start] after the API was killed, exit code ${code}; it printed:\n${run
        .out()
        .split('\n')
        .filter((l) => /stopped|Stopping/.test(l))
        .join('\n')}\n`,
    );
  });
});

describe('npm start stopped with a SIGINT to the npm process alone', () => {
  // A second `npm start` with a fresh database: seeding it takes two minutes on a busy machine.
  it('stops every process it started, and npm ends', { timeout: 420_000 }, async () => {
    const viaNpm = await npmStart({ REDIS_URL, QUEUE_PREFIX: `${prefix}-npm` }, 'npm', 300_000);
    const npmPid = viaNpm.child.pid ?? 0;
    const started = descendants(npmPid);
    try {
      // start.mjs, the API and the worker at least, under npm.
      expect(started.length).toBeGreaterThanOrEqual(3);
      process.kill(npmPid, 'SIGINT');
      const code = await Promise.race([
        viaNpm.exited,
        new Promise<string>((r) => setTimeout(() => r('still running after 30 s'), 30_000)),
      ]);
      expect(code).toBe(0);
      expect(viaNpm.out()).toContain('Stopping Member Alerts…');
      await expectEventually(
        () => Promise.resolve(started.filter(alive)),
        (left) => left.length === 0,
        20_000,
      );
      expect(await status(`http://127.0.0.1:${viaNpm.ports.api}/health/live`)).toBe(0);
    } finally {
      for (const pid of started.filter(alive)) process.kill(pid, 'SIGKILL');
      await stopNpmStart(viaNpm);
      rmSync(viaNpm.dataDir, { recursive: true, force: true });
    }
  });
});
