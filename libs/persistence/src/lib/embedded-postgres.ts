import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Starts PostgreSQL in-process (PGlite, PostgreSQL compiled to WebAssembly) behind a socket
 * server on loopback, so TypeORM's ordinary `postgres` driver and the same migrations work with no
 * database installed. Data lives under `dataDir` and survives restarts. For development and
 * demos only: production uses DATABASE_URL.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite does not lock its data directory; two processes on one directory would corrupt it.
  const lock = join(dataDir, '..', `${dataDir.split(/[\\/]/).pop() ?? 'pgdata'}.lock`);
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(`the embedded database in ${dataDir} is in use by process ${pid}; stop it first`);
    }
  }
  writeFileSync(lock, String(process.pid));

  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 10 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(lock, { force: true });
    },
  };
}
