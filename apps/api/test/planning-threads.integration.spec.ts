import { setTimeout as sleep } from 'node:timers/promises';
import type { Piscina } from 'piscina';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanningPool } from '../src/planning/planning-pool.service';
import { largeDivisions } from './support/large-boundaries';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

// Boundaries near the size cap take a planning thread seconds to build its division set from: the
// thread is ended (as a crash would end it) while it does, in the middle of a request's task.
let t: TestApi;
let pool: Piscina;
beforeAll(async () => {
  t = await startTestApi({ PLAN_THREADS: '1' });
  pool = t.api.app.get(PlanningPool)['pool'];
  const today = new Date().toISOString().slice(0, 10);
  const uploaded = await t.request('POST', `/boundaries?label=large&effectiveFrom=${today}`, {
    key: KEYS.democraticServices,
    raw: largeDivisions([95_000, 95_000, 95_000, 95_000, 95_000]),
    contentType: 'application/geo+json',
  });
  expect(uploaded.status).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

/**
 * Ends the pool's thread while it works on a task: once it has answered `done` tasks (the last of
 * them saying it lacks the boundaries), it waits for the request's next task, which keeps it busy
 * for seconds building the division set; it is ended after 300 ms of that work.
 */
async function endTheThreadWhileItBuilds(done: number): Promise<void> {
  while (pool.completed < done) await sleep(20);
  const [thread] = pool.threads;
  if (!thread) throw new Error('the pool has no thread');
  const since = thread.performance.eventLoopUtilization();
  while (thread.performance.eventLoopUtilization(since).active < 300) await sleep(20);
  await thread.terminate();
}

// In the first of the large divisions, named Harborough as Leicestershire's.
const roadWorks = {
  kind: 'road_works',
  title: 'Resurfacing',
  location: { type: 'Point', coordinates: [-1.3, 52.6] },
};
const ENDED =
  'working out who to tell stopped part way (the planning thread ended); nothing was stored, so try again';

describe('a planning thread that ends mid-task', () => {
  it('answers a preview 503 in words; the API goes on answering, and trying again works', async () => {
    // The thread first says it lacks the new boundaries (one task done), then builds them.
    const [r] = await Promise.all([
      t.request('POST', '/events/preview', { key: KEYS.officer, body: roadWorks }),
      endTheThreadWhileItBuilds(pool.completed + 1),
    ]);
    expect(r.status).toBe(503);
    expect((r.body as { message: string }).message).toBe(ENDED);
    expect((await t.request('GET', '/health/live')).status).toBe(200);

    const again = await t.request('POST', '/events/preview', { key: KEYS.officer, body: roadWorks });
    expect(again.status).toBe(200);
    expect((again.body as { affectedDivisions: string[] }).affectedDivisions).toEqual(['Harborough']);
  });

  it('refuses a registration the same way and stores nothing', async () => {
    // A fresh thread, which has not built the boundaries yet.
    const [old] = pool.threads;
    await old?.terminate();
    while (pool.threads.length === 0 || pool.threads[0] === old) await sleep(20);
    const [r] = await Promise.all([
      t.request('POST', '/events', { key: KEYS.officer, body: roadWorks }),
      endTheThreadWhileItBuilds(pool.completed + 1),
    ]);
    expect(r.status).toBe(503);
    expect((r.body as { message: string }).message).toBe(ENDED);
    expect(await t.sql('SELECT id FROM events')).toEqual([]);
  });
});
