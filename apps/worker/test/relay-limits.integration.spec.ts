import { QUEUES, mostInAnySpan, relayLimiter } from '@member-alerts/queue';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { expectEventually } from '../../api/test/support/test-api';
import {
  allFinal,
  hourAgo,
  register,
  rows,
  startDelivery,
  type DeliveryHarness,
} from './support/delivery-harness';

let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Countywide consultations until at least `atLeast` notifications are stored. */
async function consultations(harness: DeliveryHarness, atLeast: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < atLeast; n = (await rows(harness.t, ids)).length)
    ids.push(
      await register(harness, {
        kind: 'consultation',
        title: `Countywide consultation ${ids.length + 1}`,
        countywide: true,
        opensAt: hourAgo(),
      }),
    );
  return ids;
}

/**
 * The rule the limit is held to, counted at the SMTP listener by arrival time: no 60 seconds,
 * wherever they start, hold more than the limit. The limiter keeps that rule in windows of about a
 * second (libs/queue relay-limiter), and the same windows bound any shorter span, so a test of half
 * a minute checks the bound for 10-second spans, and the mean rate from the first arrival to the last
 * (the last window's messages arrive together at the end of the span, so they are not counted in it).
 */
function measure(arrivals: readonly number[], perMinute: number) {
  const limiter = relayLimiter(perMinute);
  const at = [...arrivals].sort((a, b) => a - b);
  const span = (at[at.length - 1] ?? 0) - (at[0] ?? 0);
  const windowMs = 10_000;
  let most = 0;
  for (let i = 0, j = 0; i < at.length; i++) {
    while ((at[i] ?? 0) - (at[j] ?? 0) >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return {
    perMinute: ((at.length - limiter.max) / span) * 60_000,
    mostInWindow: most,
    allowedInWindow: mostInAnySpan(limiter, windowMs),
  };
}

describe('the relay: its limit, its "try again later", and urgent alerts first', () => {
  const LIMIT = 600;

  it.each([1, 3])(
    'a limit of 600 a minute with %i worker process(es): the listener sees the limit, never more, and every message once',
    async (workers) => {
      h = await startDelivery({ worker: { RELAY_MAX_PER_MINUTE: String(LIMIT) } });
      const ids = await consultations(h, 280);
      const expected = (await rows(h.t, ids)).length;
      for (let i = 0; i < workers; i++) await h.addWorker();
      const done = await allFinal(h, ids, 60_000);
      const m = measure(
        h.sink.received.map((r) => r.at),
        LIMIT,
      );
      process.stdout.write(
        `[relay] ${workers} worker(s), limit ${LIMIT}/min: ${expected} messages at ${m.perMinute.toFixed(1)}/min; most in any 10 s ${m.mostInWindow} (allowed ${m.allowedInWindow})\n`,
      );
      expect(done.every((r) => r.status === 'sent')).toBe(true);
      expect(h.sink.counts().size).toBe(expected);
      expect(h.sink.duplicates()).toBe(0);
      expect(m.mostInWindow).toBeLessThanOrEqual(m.allowedInWindow);
      expect(m.perMinute).toBeLessThanOrEqual(LIMIT);
      expect(m.perMinute).toBeGreaterThanOrEqual(LIMIT * 0.95);
    },
    120_000,
  );

  it('the relay answers 421 for a while: the worker waits, then every message arrives once without using up its attempts', async () => {
    let busyUntil = Number.POSITIVE_INFINITY;
    h = await startDelivery({ sink: { busy: () => Date.now() < busyUntil } });
    await h.addWorker();
    const ids = [
      await register(h, {
        kind: 'road_works',
        title: 'Resurfacing',
        major: true,
        divisions: ['Oadby', 'Lutterworth'],
      }),
    ];
    // The worker pauses RETRY_DELAY_MS (200 ms here) after each 421. Had a 421 cost an attempt, the
    // refused jobs would finish with two or more attempts made, which the end of this test refuses.
    await expectEventually(
      () => Promise.resolve(h?.sink.refusedBusy ?? 0),
      (n) => n >= 12,
      30_000,
    );
    busyUntil = 0;
    const done = await allFinal(h, ids, 30_000);
    process.stdout.write(
      `[relay] 421 for a while: ${h.sink.refusedBusy} refusals, ${done.length} rows, ${h.sink.counts().size} arrived, duplicates ${h.sink.duplicates()}\n`,
    );
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.counts().size).toBe(done.length);
    expect(h.sink.duplicates()).toBe(0);
    const redis = new Redis('redis://127.0.0.1:6379/0', { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.notifications, { connection: redis, prefix: h.t.config.queuePrefix });
    try {
      const jobs = await queue.getJobs(['completed'], 0, -1);
      expect(jobs.length).toBe(done.length);
      // One attempt each: the one that went through. None failed or was held back with backoff.
      expect(jobs.map((j) => j.attemptsMade)).toEqual(jobs.map(() => 1));
    } finally {
      await queue.close();
      redis.disconnect();
    }
  }, 90_000);

  it('a major incident registered while a countywide backlog drains reaches the listener before most of the backlog', async () => {
    h = await startDelivery({ sink: { acceptDelayMs: 20 }, worker: { WORKER_CONCURRENCY: '2' } });
    const backlog = await consultations(h, 400);
    const expected = (await rows(h.t, backlog)).length;
    await h.addWorker();
    await expectEventually(
      () => Promise.resolve(h?.sink.accepted ?? 0),
      (n) => n >= 20,
      30_000,
    );
    const incident = await register(h, {
      kind: 'major_incident',
      title: 'Flooding at Sileby',
      portfolio: 'Community Safety and Resilience',
      divisions: ['Sileby & The Wolds'],
    });
    const urgentIds = new Set((await rows(h.t, [incident])).map((r) => r.id));
    await allFinal(h, [incident], 30_000);
    const received = h.sink.received.map((r) => r.notificationId);
    const lastUrgent = Math.max(...received.map((id, i) => (urgentIds.has(id) ? i : -1)));
    const backlogBefore = received.slice(0, lastUrgent).filter((id) => !urgentIds.has(id)).length;
    process.stdout.write(
      `[relay] urgent during a backlog of ${expected}: all ${urgentIds.size} urgent arrived after ${backlogBefore} of the backlog\n`,
    );
    expect(backlogBefore).toBeLessThan(expected / 2);
    await allFinal(h, backlog, 90_000);
    expect(h.sink.counts().size).toBe(expected + urgentIds.size);
    expect(h.sink.duplicates()).toBe(0);
  }, 180_000);
});
