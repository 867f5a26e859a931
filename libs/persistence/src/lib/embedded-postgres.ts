import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EmbeddedPostgres {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// PGlite answers every connection as `postgres` with no password asked, and it holds key hashes and
// sessions. So it listens on no port at all: only on a Unix socket in a folder of DATA_DIR that only
// this user may enter (mode 0700), and the operating system refuses anyone else.
const SOCKET_FOLDER = 'pgsocket';
// The socket file name the pg driver looks for in a folder: `.s.PGSQL.<port>`, port 5432 by default.
const SOCKET_FILE = '.s.PGSQL.5432';
// Linux's limit on a socket's path (sun_path), less its closing NUL.
const MAX_SOCKET_PATH = 107;

/** The folder holding the embedded database's socket, for the API and the worker alike. */
export function embeddedPostgresSocketDir(dataDir: string): string {
  return resolve(dataDir, SOCKET_FOLDER);
}

/** How the API and the worker reach the embedded database of this DATA_DIR. */
export function embeddedPostgresUrl(dataDir: string): string {
  return `postgres://postgres@${encodeURIComponent(embeddedPostgresSocketDir(dataDir))}/postgres`;
}

/**
 * Starts PostgreSQL in-process (PGlite, PostgreSQL compiled to WebAssembly) behind a socket server,
 * so TypeORM's ordinary `postgres` driver and the same migrations work with no database installed.
 * Data lives in `dataDir`/pgdata and survives restarts. For development and demos only: production
 * uses DATABASE_URL.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const pgdata = resolve(dataDir, 'pgdata');
  const socketDir = embeddedPostgresSocketDir(dataDir);
  const socket = join(socketDir, SOCKET_FILE);
  if (Buffer.byteLength(socket) > MAX_SOCKET_PATH) {
    throw new Error(
      `the embedded database's socket would be ${socket}, longer than the ${MAX_SOCKET_PATH} characters a socket's path may have: set DATA_DIR to a shorter folder`,
    );
  }
  mkdirSync(pgdata, { recursive: true });
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  // mkdir leaves a folder that was already there as it was, and its mode is cut by the umask.
  chmodSync(socketDir, 0o700);
  // PGlite does not lock its data directory; two processes on one directory would corrupt it.
  const lock = resolve(dataDir, 'pgdata.lock');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(`the embedded database in ${pgdata} is in use by process ${pid}; stop it first`);
    }
  }
  writeFileSync(lock, String(process.pid));
  // A socket file left by a process that was killed would stop the server from listening.
  rmSync(socket, { force: true });

  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(pgdata);
  const server = new PGLiteSocketServer({ db, path: socket, maxConnections: 10 });
  await server.start();
  return {
    url: embeddedPostgresUrl(dataDir),
    dataDir: pgdata,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(lock, { force: true });
    },
  };
}
