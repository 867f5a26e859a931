import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApi, type RunningApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { freePort } from './oidc-provider';
import { REDIS_URL } from './test-api';

export const EMBEDDED_ACK_SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

export interface EmbeddedApi {
  readonly api: RunningApi;
  readonly baseUrl: string;
  /** A client of its own on the embedded database, to look at what the API stored. */
  readonly db: Client;
  close(): Promise<void>;
}

/** The API as `npm start` runs it: the embedded PostgreSQL (PGlite), whose pool has one connection. */
export async function startEmbeddedApi(name: string): Promise<EmbeddedApi> {
  const dataDir = mkdtempSync(join(tmpdir(), `member-alerts-${name}-`));
  const api = await createApi(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(await freePort()),
      PORT: '0',
      REDIS_URL,
      QUEUE_PREFIX: `{test-embedded-${name}-${process.pid}}`,
      ACK_SECRET: EMBEDDED_ACK_SECRET,
      DEV_KEYS: 'true',
      SEED_FIXTURES: 'true',
    }),
  );
  const baseUrl = `http://127.0.0.1:${((api.app.getHttpServer() as Server).address() as AddressInfo).port}`;
  const db = new Client({ connectionString: api.embedded?.url });
  await db.connect();
  return {
    api,
    baseUrl,
    db,
    close: async () => {
      await db.end();
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
