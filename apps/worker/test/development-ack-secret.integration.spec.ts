import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signAck } from '@member-alerts/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config/app-config';
import { KEYS, expectEventually, startTestApi } from '../../api/test/support/test-api';
import { loadWorkerConfig } from '../src/config/worker-config';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

// The constant that signed development links before each data directory had a secret of its own.
const OLD_BUILT_IN_SECRET = 'development-only-ack-secret-not-for-production';
const OADBY_MEMBER = 'oliver.belgrave@members.leics.example';
const OTHER_OADBY = 'wendy.wymeswold@members.leics.example';

// ACK_SECRET unset for both processes, as `npm start` runs them; they share one data directory.
const dataDir = mkdtempSync(join(tmpdir(), 'member-alerts-data-'));
const unset = { ACK_SECRET: '', DATA_DIR: dataDir };
const secretFile = join(dataDir, 'ack-secret');

let h: DeliveryHarness;
beforeAll(async () => {
  h = await startDelivery({ api: unset, worker: unset });
  await h.addWorker();
});
afterAll(async () => {
  await h?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function linkMailedTo(email: string): Promise<string> {
  const mail = await expectEventually(
    () => Promise.resolve(h.sink.received.find((m) => m.to.includes(email))),
    (m) => m !== undefined,
  );
  const link = /https?:\/\/\S+\/alerts\/[\w-]+\/acknowledge\?expires=\d+&token=[\w-]+/.exec(
    mail?.text ?? '',
  )?.[0];
  if (!link) throw new Error(`no acknowledgement link in the e-mail to ${email}:\n${mail?.text ?? ''}`);
  return new URL(link).pathname + new URL(link).search;
}

describe('acknowledgement links with ACK_SECRET unset (development)', () => {
  beforeAll(async () => {
    const r = await h.t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'road_works', title: 'Oadby high street works', major: true, divisions: ['Oadby'] },
    });
    expect(r.status, r.text).toBe(201);
  });

  it('are signed with a random secret kept in DATA_DIR, readable by its owner only', () => {
    const stat = statSync(secretFile);
    expect(stat.mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(secret).not.toBe(OLD_BUILT_IN_SECRET);
    expect(h.t.config.ackSecret).toBe(secret);
  });

  it("the worker's e-mail link is accepted by the API", async () => {
    const path = await linkMailedTo(OADBY_MEMBER);
    const r = await h.t.request('POST', path);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ status: 'acknowledged' });
  });

  it('a link signed with the old built-in constant is refused with 403', async () => {
    const real = await linkMailedTo(OTHER_OADBY);
    const id = /\/alerts\/([\w-]+)\//.exec(real)?.[1] ?? '';
    const expires = Math.floor(Date.now() / 1000) + 3600;
    const forged = `/alerts/${id}/acknowledge?expires=${expires}&token=${signAck(OLD_BUILT_IN_SECRET, id, expires)}`;
    const r = await h.t.request('POST', forged);
    expect(r.status).toBe(403);
    const row = await h.t.sql<{ status: string }>('SELECT status FROM notifications WHERE id = $1', [id]);
    expect(row[0]?.status).not.toBe('acknowledged');
  });

  it('the secret is made once and reused on every later start', async () => {
    const before = statSync(secretFile);
    const again = await startTestApi(unset);
    try {
      expect(again.config.ackSecret).toBe(h.t.config.ackSecret);
    } finally {
      await again.close();
    }
    expect(loadWorkerConfig({ NODE_ENV: 'test', ...unset }).ackSecret).toBe(h.t.config.ackSecret);
    const after = statSync(secretFile);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('a data directory where the secret cannot be kept stops start-up, naming the settings', () => {
    // A directory cannot be made inside a file.
    const nowhere = { NODE_ENV: 'test', ACK_SECRET: '', DATA_DIR: join(secretFile, 'data') };
    expect(() => loadConfig(nowhere)).toThrow(ConfigError);
    expect(() => loadConfig(nowhere)).toThrow(/ACK_SECRET is unset.*DATA_DIR/);
    expect(() => loadWorkerConfig(nowhere)).toThrow(/ACK_SECRET is unset.*DATA_DIR/);
  });
});
