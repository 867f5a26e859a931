import { afterAll, describe, expect, it } from 'vitest';
import { QUEUES } from '@member-alerts/queue';
import { KEYS, expectEventually, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { FINAL, rows, workerSettings } from './support/delivery-harness';
import { RedisCluster } from './support/redis-cluster';
import { SmtpSink } from './support/smtp-sink';
import { ready, startWorker, type WorkerProcess } from './support/worker-process';

/** Countywide consultations, each telling every member: a burst of a few hundred e-mails. */
const EVENTS = 6;

let cluster: RedisCluster | undefined;
let t: TestApi | undefined;
let sink: SmtpSink | undefined;
const workers: WorkerProcess[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill('SIGKILL')));
  await t?.close();
  await sink?.stop();
  await cluster?.stop();
});

async function health(url: string): Promise<{ status: number; body: unknown }> {
  const r = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return { status: r.status, body: await r.json() };
}

describe('on a Redis Cluster', () => {
  it('losing the primary that holds the queue mid-burst loses no e-mail and sends none twice', async () => {
    cluster = new RedisCluster();
    await cluster.start();
    // REDIS_URL is emptied so that the cluster is the only Redis the product is given.
    const redis = { REDIS_URL: '', REDIS_CLUSTER_NODES: cluster.nodeList };
    t = await startTestApi(redis);
    // Slow enough that the burst is still going when the primary dies.
    sink = new SmtpSink({ acceptDelayMs: 40 });
    await sink.start();
    const env = { ...workerSettings(t, sink), ...redis };
    for (let i = 0; i < 2; i++) workers.push(startWorker(env));
    // A loaded machine can take a while to start a Node process.
    await Promise.all(workers.map((w) => ready(w, 90_000)));
    expect((await health(`${t.baseUrl}/health`)).status).toBe(200);

    const api = t;
    const register = async (part: string) => {
      const r = await api.request('POST', '/events', {
        key: KEYS.officer,
        body: {
          kind: 'consultation',
          title: `Budget consultation, ${part}`,
          countywide: true,
          opensAt: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expect(r.status).toBe(201);
      return (r.body as { id: string }).id;
    };
    const ids: string[] = [];
    for (let i = 0; i < EVENTS; i++) ids.push(await register(`part ${i + 1}`));
    const burst = (await rows(t, ids)).length;
    expect(burst).toBeGreaterThanOrEqual(300);

    // The queue's keys all live in the slot of its hash tag: kill the primary serving it.
    const primary = await cluster.primaryFor(t.config.queuePrefix);
    const replica = await cluster.replicaOf(primary);
    // The product put the queue on the cluster, not on some other Redis.
    expect(await cluster.exists(primary, `${t.config.queuePrefix}:${QUEUES.notifications}:meta`)).toBe(1);
    await expectEventually(
      () => rows(t!, ids),
      (rs) => rs.filter((r) => r.status === 'sent').length >= burst / 5,
      60_000,
    );
    cluster.kill(primary);
    const killedAt = Date.now();
    const sentAtKill = (await rows(t, ids)).filter((r) => r.status === 'sent').length;
    expect(sentAtKill).toBeLessThan(burst);
    // An officer registering while the queue's slot has no primary is answered all the same.
    ids.push(await register('during the failover'));
    const registeredMs = Date.now() - killedAt;
    const beforePromotion = !(await cluster.isPrimary(replica));
    await cluster.promoted(replica);
    const failoverMs = Date.now() - killedAt;
    expect(await cluster.primaryFor(t.config.queuePrefix)).toBe(replica);

    const done = await expectEventually(
      () => rows(t!, ids),
      (rs) => rs.every((r) => FINAL.has(r.status)),
      90_000,
    ).catch(async (e: unknown) => {
      // What was left, and what the workers said, is what a person needs to see why.
      const left = (await rows(t!, ids)).filter((r) => !FINAL.has(r.status));
      const byStatus = [...new Set(left.map((r) => r.status))].map(
        (s) => `${left.filter((r) => r.status === s).length} ${s}`,
      );
      throw new Error(
        `${(e as Error).message.slice(0, 80)}\nnot finished: ${byStatus.join(', ')}\n${workers.map((w, i) => `worker ${i + 1} said:\n${w.output().slice(-3_000)}`).join('\n')}`,
      );
    });
    const recoveredMs = Date.now() - killedAt;
    const total = done.length;
    expect(total).toBeGreaterThan(burst);
    const notSent = done.filter((r) => r.status !== 'sent');
    const counts = sink.counts();
    const lost = done.filter((r) => !counts.has(r.id)).length;
    console.info(
      `redis cluster: ${total} e-mails, ${sentAtKill} sent when the primary died, one more event registered ${registeredMs} ms after the kill (${beforePromotion ? 'before' : 'after'} the promotion), replica promoted after ${failoverMs} ms, all sent ${recoveredMs} ms after the kill; ${lost} lost, ${sink.duplicates()} duplicates`,
    );
    expect(notSent).toEqual([]);
    expect(lost).toBe(0);
    expect(sink.duplicates()).toBe(0);
    expect(sink.received.length).toBe(total);

    // Readiness, and the queue dashboard, still answer through the promoted replica.
    for (const base of [t.baseUrl, ...workers.map((w) => w.healthUrl())])
      expect(await health(`${base}/health`)).toEqual({
        status: 200,
        body: { status: 'ok', checks: { database: 'up', redis: 'up' } },
      });
    const board = await t.request('GET', '/queues/api/queues', { key: KEYS.democraticServices });
    expect(board.status).toBe(200);
    expect(JSON.stringify(board.body)).toContain('notifications');
  }, 170_000);
});
