import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi, type RunningApi } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { KEYS, PG_URL, REDIS_URL, startTestApi } from './support/test-api';

// The restore drill of docs/operations.md, as an operator runs it: pg_dump in the custom format,
// the database lost, pg_restore, and the API started on what came back.
const dir = mkdtempSync(join(tmpdir(), 'member-alerts-backup-'));
let restored: RunningApi | undefined;
let schema = '';
afterAll(async () => {
  await restored?.close();
  if (schema) {
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
  rmSync(dir, { recursive: true, force: true });
});

const get = async (baseUrl: string, path: string) => {
  const r = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${KEYS.officer}` } });
  return { status: r.status, text: await r.text() };
};

describe('backup and restore', () => {
  it('a pg_dump of the database, restored with pg_restore, gives back every event, who was told and the audit trail', async () => {
    const t = await startTestApi();
    schema = t.schema;
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'road_works', title: 'A6 resurfacing', major: true, divisions: ['Oadby'] },
    });
    expect(r.status).toBe(201);
    const id = (r.body as { id: string }).id;
    await t.sql(`UPDATE notifications SET status = 'sent', sent_at = now(), message_id = '<a@council>'`);
    const before = await get(t.baseUrl, `/events/${id}`);
    const auditBefore = (await t.request('GET', `/events/${id}/audit.csv`, { key: KEYS.officer })).text;
    expect(before.text).toContain('"status":"sent"');

    const file = join(dir, 'member-alerts.dump');
    execFileSync('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${file}`, PG_URL]);
    expect(statSync(file).size).toBeGreaterThan(0);
    await t.close(); // the schema is dropped: the database is lost

    execFileSync('pg_restore', ['--dbname', PG_URL, '--exit-on-error', file]);
    restored = await createApi(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: PG_URL,
        DATABASE_SCHEMA: schema,
        REDIS_URL,
        QUEUE_PREFIX: `{restore-${schema}}`,
        PORT: '0',
        ACK_SECRET: t.config.ackSecret,
        DEV_KEYS: 'true',
        SEED_FIXTURES: 'true',
      }),
    );
    const { port } = (restored.app.getHttpServer() as Server).address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const after = await get(baseUrl, `/events/${id}`);
    expect(after.status).toBe(200);
    expect(after.text).toBe(before.text);
    expect((await get(baseUrl, `/events/${id}/audit.csv`)).text).toBe(auditBefore);
  }, 240_000);
});
