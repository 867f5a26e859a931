import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { QUEUES } from '@member-alerts/queue';
import { Client } from 'pg';
import { KEYS, PG_URL, expectEventually } from '../../api/test/support/test-api';
import { SCHEDULER_LOCK_SQL } from '../src/schedule/due-and-stranded.scheduler';
import { FINAL, rows, startDelivery, type DeliveryHarness } from './support/delivery-harness';

let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function register(
  harness: DeliveryHarness,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const r = await harness.t.request('POST', '/events', { key: KEYS.officer, body, headers });
  if (r.status !== 201) throw new Error(`POST /events answered ${r.status}: ${r.text}`);
  return (r.body as { id: string }).id;
}

describe('operations', () => {
  it("another installation's scheduler in mid-pass on the same database does not hold up this one's §31 notices", async () => {
    h = await startDelivery();
    await h.addWorker();
    const other = new Client({ connectionString: PG_URL, options: '-c search_path=public' });
    await other.connect();
    try {
      await other.query('BEGIN');
      expect((await other.query<{ locked: boolean }>(SCHEDULER_LOCK_SQL)).rows[0]?.locked).toBe(true);
      // §31: notified the day before it opens; opening in 24 h and 2 s makes the notices due in 2 s.
      const opensAt = new Date(Date.now() + 24 * 3_600_000 + 2_000).toISOString();
      const id = await register(h, {
        kind: 'consultation',
        title: 'Library hours',
        opensAt,
        divisions: ['Oadby'],
      });
      await expectEventually(
        () => rows(h!.t, [id]),
        (rs) => rs.length > 0 && rs.every((r) => r.status === 'sent'),
      );
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
  });

  it('the worker serves liveness, readiness and Prometheus metrics for delivery', async () => {
    h = await startDelivery();
    const w = await h.addWorker();
    const id = await register(h, { kind: 'road_works', title: 'Works', major: true, divisions: ['Oadby'] });
    await expectEventually(
      () => rows(h!.t, [id]),
      (rs) => rs.every((r) => r.status === 'sent'),
    );
    const base = w.healthUrl();
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-content-type-options')).toBe('nosniff');
    expect(live.headers.get('x-frame-options')).toBe('DENY');
    const ready = await fetch(`${base}/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const sent = Number(/member_alerts_email_send_seconds_count (\d+)/.exec(metrics)?.[1]);
    expect(sent).toBe((await rows(h.t, [id])).length);
    expect(metrics).toMatch(/member_alerts_queue_jobs\{state="completed"\} \d+/);
    expect(metrics).toMatch(/member_alerts_oldest_created_notification_seconds \d/);
    expect(metrics).toContain('member_alerts_email_failures_total');
  });

  it('carries the request id from the API into the job, the e-mail and the audit trail', async () => {
    h = await startDelivery();
    await h.addWorker();
    const id = await register(
      h,
      { kind: 'road_works', title: 'Works', major: true, divisions: ['Valley'] },
      { 'x-request-id': 'req-ops-42' },
    );
    await expectEventually(
      () => rows(h!.t, [id]),
      (rs) => rs.every((r) => r.status === 'sent'),
    );
    expect(h.sink.received.length).toBeGreaterThan(0);
    expect(h.sink.received.every((m) => m.requestId === 'req-ops-42')).toBe(true);
    const audit = await h.t.sql<{ request_id: string }>(
      `SELECT details->>'requestId' AS request_id FROM audit_log WHERE event_id = $1 AND action = 'notification.sent'`,
      [id],
    );
    expect(audit.length).toBe(h.sink.received.length);
    expect(audit.every((a) => a.request_id === 'req-ops-42')).toBe(true);
  });

  it('SIGTERM: the worker finishes the sends in flight, exits cleanly and leaves no job locked', async () => {
    h = await startDelivery({ sink: { acceptDelayMs: 1_500 } });
    const w = await h.addWorker({ WORKER_CONCURRENCY: '2' });
    const id = await register(h, {
      kind: 'consultation',
      title: 'Budget',
      countywide: true,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await expectEventually(
      () => rows(h!.t, [id]),
      (rs) => rs.filter((r) => r.status === 'sending').length === 2,
      20_000,
    );
    const inFlight = (await rows(h.t, [id])).filter((r) => r.status === 'sending').map((r) => r.id);
    const started = Date.now();
    const code = await w.kill('SIGTERM');
    // Nest closes the application, then re-raises the signal, as a process manager expects.
    expect(code === 0 || w.child.signalCode === 'SIGTERM').toBe(true);
    expect(w.output()).not.toMatch(/Error|error/);
    expect(Date.now() - started).toBeLessThan(15_000);
    const after = await rows(h.t, [id]);
    // The two in flight were finished, not abandoned.
    expect(after.filter((r) => inFlight.includes(r.id)).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(after.filter((r) => r.status === 'sending')).toEqual([]);
    const redis = new Redis('redis://127.0.0.1:6379');
    const queue = new Queue(QUEUES.notifications, { connection: redis, prefix: h.t.config.queuePrefix });
    expect(await queue.getActiveCount()).toBe(0);
    await queue.close();
    redis.disconnect();
    // Nothing was lost: another worker sends the rest, once each.
    await h.addWorker({ WORKER_CONCURRENCY: '10' });
    const done = await expectEventually(
      () => rows(h!.t, [id]),
      (rs) => rs.every((r) => FINAL.has(r.status)),
      90_000,
    );
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.counts().size).toBe(done.length);
    expect(h.sink.duplicates()).toBe(0);
  });
});
