// A private Dovecot (Debian's dovecot-imapd) for tests: IMAP on a free loopback port, its own
// configuration, run folder and maildir in a temporary folder, one test user from a passwd-file.
// No system service is touched.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from '../../apps/worker/test/support/redis-server';

export const DOVECOT = '/usr/sbin/dovecot';

export interface Dovecot {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
  /** Stops it and starts it again on the same port, with the same mail. */
  restart(): Promise<void>;
}

function groupName(gid: number): string {
  const line = readFileSync('/etc/group', 'utf8')
    .split('\n')
    .find((l) => l.split(':')[2] === String(gid));
  return line?.split(':')[0] ?? String(gid);
}

// Dovecot refuses to run its login processes, or to keep mail, as root. Run as root (CI's
// container), it uses the unprivileged "nobody" for both; otherwise everything runs as the
// current user.
function accounts(): { login: string; internal: string; group: string; uid: number; gid: number } {
  const me = userInfo();
  if (me.uid !== 0) {
    const group = groupName(me.gid);
    return { login: me.username, internal: me.username, group, uid: me.uid, gid: me.gid };
  }
  return { login: 'nobody', internal: 'nobody', group: groupName(65534), uid: 65534, gid: 65534 };
}

async function listening(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('data', (d) => {
        s.destroy();
        resolve(d.toString().startsWith('* OK'));
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`Dovecot did not answer on 127.0.0.1:${port} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startDovecot(user = 'press-office', password = 'test-password'): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'dovecot-'));
  const port = await freePort();
  const a = accounts();
  // mkdtemp makes the folder for its owner only; Dovecot's unprivileged processes must pass
  // through it to the passwd-file and the maildir.
  chmodSync(dir, 0o755);
  for (const d of ['run', 'state', 'mail']) mkdirSync(join(dir, d));
  chownSync(join(dir, 'mail'), a.uid, a.gid);
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`);
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
protocols = imap
listen = 127.0.0.1
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${a.internal}
default_internal_group = ${a.group}
default_login_user = ${a.login}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${a.uid} gid=${a.gid} home=${dir}/mail/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  chroot =
}
`,
  );
  // Fails fast, naming the line, when the configuration does not suit this Dovecot.
  execFileSync('/usr/bin/doveconf', ['-c', conf, '-n'], { stdio: 'pipe' });
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(DOVECOT, ['-c', conf, '-F'], { stdio: 'ignore' });
    await listening(port, 15_000).catch((e: Error) => {
      let log = '';
      try {
        log = readFileSync(join(dir, 'dovecot.log'), 'utf8');
      } catch {
        // no log written
      }
      throw new Error(`${e.message}\n${log}`);
    });
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    });
  };
  await start();
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    restart: async () => {
      await stop();
      await start();
    },
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds messages to the test user's folder over IMAP (APPEND), as a mail server delivering them would. */
export async function appendMail(
  d: Dovecot,
  messages: readonly (string | Buffer)[],
  folder = 'INBOX',
): Promise<void> {
  const c = new ImapFlow({
    host: d.host,
    port: d.port,
    secure: false,
    auth: { user: d.user, pass: d.password },
    logger: false,
  });
  await c.connect();
  try {
    for (const m of messages) await c.append(folder, m);
  } finally {
    await c.logout();
  }
}
