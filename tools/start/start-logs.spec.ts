import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_URL, expectEventually, registerRoadWorks } from '../../apps/api/test/support/test-api';
import { type NpmStart, npmStart, removeNpmStart } from './support/npm-start';

let run: NpmStart;
let prefix: string;

beforeAll(async () => {
  prefix = `{start-logs-${randomBytes(5).toString('hex')}}`;
  // As a person runs it: the test runner's NODE_ENV=test would silence the API's logs.
  run = await npmStart({ REDIS_URL, QUEUE_PREFIX: prefix, NODE_ENV: 'development' });
});

afterAll(async () => {
  await removeNpmStart(run, prefix);
});

describe('npm start keeps the logs', () => {
  it('writes the API’s and the worker’s JSON log lines to DATA_DIR/logs, says where, and keeps them off the terminal', async () => {
    const logs = join(run.dataDir, 'logs');
    expect(run.out()).toContain(
      `Logs: every line the API and the worker write is kept in ${logs} (api.log, worker.log).`,
    );
    const r = await registerRoadWorks(`http://127.0.0.1:${run.ports.api}`, 'Logged works');
    expect(r.status).toBe(201);
    const lines = (name: string) =>
      Promise.resolve(
        readFileSync(join(logs, name), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map(
            (l) =>
              JSON.parse(l) as { service?: string; msg?: string; req?: { url?: string; method?: string } },
          ),
      );
    // The request that registered the event, as the API logged it.
    await expectEventually(
      () => lines('api.log'),
      (ls) => ls.some((l) => l.service === 'api' && l.req?.method === 'POST' && l.req.url === '/events'),
    );
    await expectEventually(
      () => lines('worker.log'),
      (ls) => ls.some((l) => l.msg?.startsWith('health and metrics on http://127.0.0.1:') ?? false),
    );
    // The person at the terminal sees the plain-words lines only.
    expect(
      run
        .out()
        .split('\n')
        .filter((l) => l.startsWith('{')),
    ).toEqual([]);
  });
});
