import { QUEUES } from '@member-alerts/queue';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import {
  allFinal,
  hourAgo,
  register,
  rows,
  startDelivery,
  type DeliveryHarness,
} from './support/delivery-harness';

// Each fault test counts what the SMTP listener received against the notification rows, and
// prints the figures for the issue note.
let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function report(name: string, expected: number, harness: DeliveryHarness): void {
  const unique = harness.sink.counts().size;
  process.stdout.write(
    `[delivery] ${name}: rows ${expected}, SMTP transactions ${harness.sink.accepted}, unique messages ${unique}, duplicates ${harness.sink.duplicates()}, lost ${expected - unique}\n`,
  );
}

describe('delivery under faults', () => {
  it('1. a worker SIGKILLed mid-way: another takes over and every notification arrives', async () => {
    h = await startDelivery({ sink: { acceptDelayMs: 40 } });
    const ids = [
      await register(h, {
        kind: 'consultation',
        title: 'County budget consultation',
        countywide: true,
        opensAt: hourAgo(),
      }),
      await register(h, {
        kind: 'road_works',
        title: 'A6 works',
        major: true,
        divisions: ['Quorn & Barrow', 'Loughborough South'],
      }),
      await register(h, {
        kind: 'major_incident',
        title: 'Flooding',
        portfolio: 'Community Safety and Resilience',
        divisions: ['Sileby & The Wolds'],
      }),
    ];
    const expected = (await rows(h.t, ids)).length;
    const first = await h.addWorker();
    await expectEventually(
      () => Promise.resolve(h?.sink.accepted ?? 0),
      (n) => n >= 10,
      30_000,
    );
    await first.kill('SIGKILL');
    const atKill = h.sink.accepted;
    expect(atKill).toBeLessThan(expected); // it really was mid-way
    await h.addWorker();
    const done = await allFinal(h, ids);
    report('SIGKILL mid-way', expected, h);
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.counts().size).toBe(expected); // nothing lost
    // A copy can only repeat when the kill falls between the server's "250 OK" and the row's update;
    // it carries the same Message-ID, so mail clients show it once.
    for (const r of h.sink.received)
      expect(r.messageId).toMatch(new RegExp(`^<${r.notificationId}\\.v\\d+@member-alerts>$`));
    expect(h.sink.duplicates()).toBeLessThanOrEqual(5);
  });

  it('2. the SMTP server refuses connections for a while: everything is delivered after it returns, with the retries on the rows', async () => {
    h = await startDelivery();
    const port = h.sink.port;
    await h.sink.stop();
    await h.addWorker();
    const ids = [
      await register(h, {
        kind: 'road_works',
        title: 'Resurfacing',
        major: true,
        divisions: ['Oadby', 'Lutterworth'],
      }),
    ];
    await expectEventually(
      () => rows(h!.t, ids),
      (rs) => rs.length > 0 && rs.every((r) => r.status === 'temporary-failure' && r.attempts >= 2),
      30_000,
    );
    const before = await rows(h.t, ids);
    expect(before[0]?.last_error).toMatch(/ECONNREFUSED|ECONNECTION|connect/i);
    await h.sink.start(port);
    const done = await allFinal(h, ids);
    report('SMTP refusing connections', done.length, h);
    expect(done.every((r) => r.status === 'sent' && r.attempts >= 3)).toBe(true);
    expect(h.sink.counts().size).toBe(done.length);
    expect(h.sink.duplicates()).toBe(0);
  });

  it('3. a 550 for one address: that row is a permanent failure with the reply and no retries; the rest deliver', async () => {
    const bad = 'oliver.belgrave@members.leics.example';
    h = await startDelivery({ sink: { rejectRecipients: [bad] } });
    await h.addWorker();
    const ids = [
      await register(h, {
        kind: 'press_enquiry',
        title: 'Press asks about Oadby library',
        divisions: ['Oadby'],
      }),
    ];
    const done = await allFinal(h, ids);
    report('550 for one address (1 address refused)', done.length - 1, h);
    const failed = done.find((r) => r.email === bad);
    expect(failed).toMatchObject({ status: 'permanent-failure', attempts: 1 });
    expect(failed?.last_error).toMatch(/550|no such user/);
    const others = done.filter((r) => r.email !== bad);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.received.some((m) => m.to.includes(bad))).toBe(false);
    expect(h.sink.counts().size).toBe(others.length);
    // The officer sees it on the event page.
    const page = await h.t.request('GET', `/events/${ids[0]}`, { key: KEYS.officer });
    const n = (
      page.body as { notifications: { recipient: { email: string }; status: string; lastError: string }[] }
    ).notifications;
    expect(n.find((x) => x.recipient.email === bad)).toMatchObject({ status: 'permanent-failure' });
  });

  it('4. Redis loses everything mid-way through a fan-out: the sweeper recovers every row', async () => {
    h = await startDelivery({ redisDb: 7, sink: { acceptDelayMs: 30 } });
    const ids = [
      await register(h, {
        kind: 'consultation',
        title: 'Libraries strategy',
        countywide: true,
        opensAt: hourAgo(),
      }),
    ];
    const expected = (await rows(h.t, ids)).length;
    await h.addWorker({ WORKER_CONCURRENCY: '2' });
    await expectEventually(
      () => Promise.resolve(h?.sink.accepted ?? 0),
      (n) => n >= 5,
      30_000,
    );
    // This Redis database is the queue's alone, so FLUSHDB is FLUSHALL as far as it can tell.
    const redis = new Redis('redis://127.0.0.1:6379/7');
    await redis.flushdb();
    redis.disconnect();
    const lostAt = h.sink.accepted;
    const done = await allFinal(h, ids, 90_000);
    report('Redis flushed mid-way', expected, h);
    expect(lostAt).toBeLessThan(expected);
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.counts().size).toBe(expected);
    expect(h.sink.duplicates()).toBe(0);
  });

  it('5. an edit then a cancellation of an invitation: REQUEST, then REQUEST with a higher SEQUENCE, then CANCEL', async () => {
    h = await startDelivery();
    await h.addWorker();
    const id = await register(h, {
      kind: 'facility_event',
      title: 'Opening of Oadby library',
      divisions: ['Oadby'],
      startsAt: '2027-03-06T10:30:00Z',
      endsAt: '2027-03-06T12:00:00Z',
    });
    await allFinal(h, [id]);
    const patch = await h.t.request('PATCH', `/events/${id}`, {
      key: KEYS.officer,
      body: { startsAt: '2027-03-13T10:30:00Z', endsAt: '2027-03-13T12:00:00Z' },
    });
    expect(patch.status, patch.text).toBe(200);
    await expectEventually(
      () => rows(h!.t, [id]),
      (rs) => rs.filter((r) => r.event_version === 2).every((r) => r.status === 'sent'),
    );
    const cancel = await h.t.request('POST', `/events/${id}/cancel`, {
      key: KEYS.officer,
      body: { reason: 'building not ready' },
    });
    expect(cancel.status).toBe(200);
    await expectEventually(
      () => rows(h!.t, [id]),
      (rs) =>
        rs.filter((r) => r.event_version === 3).length === 2 &&
        rs.filter((r) => r.event_version === 3).every((r) => r.status === 'sent'),
    );
    report('edit then cancel', 6, h);
    const member = 'oliver.belgrave@members.leics.example';
    const calendars = h.sink.received.filter((m) => m.to.includes(member)).map((m) => m.calendar ?? '');
    expect(calendars).toHaveLength(3);
    const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(ics)?.[1]?.trim();
    expect(calendars.map((c) => field(c, 'METHOD'))).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(calendars.map((c) => Number(field(c, 'SEQUENCE')))).toEqual([0, 1, 2]);
    expect(new Set(calendars.map((c) => field(c, 'UID')))).toEqual(new Set([`${id}@member-alerts`]));
    expect(field(calendars[1] ?? '', 'DTSTART')).toBe('20270313T103000Z');
    const subjects = h.sink.received.filter((m) => m.to.includes(member)).map((m) => m.subject);
    expect(subjects).toEqual([
      'Invitation: Opening of Oadby library',
      'Updated: Opening of Oadby library',
      'Cancelled: Opening of Oadby library',
    ]);
  });

  it('6. several workers at once: no duplicates, and each scheduled notice is sent once', async () => {
    h = await startDelivery();
    // §31: notified the day before it opens; opening in 24 h and 8 s makes the notices due in 8 s
    // (long enough for a registration on a loaded machine to finish before they fall due).
    const opensAt = new Date(Date.now() + 24 * 3_600_000 + 8_000).toISOString();
    const scheduled = await register(h, {
      kind: 'consultation',
      title: 'Waste sites consultation',
      countywide: true,
      opensAt,
    });
    const now = await register(h, {
      kind: 'road_works',
      title: 'Bridge closure',
      major: true,
      divisions: ['Melton West', 'Valley'],
    });
    const pending = await rows(h.t, [scheduled]);
    expect(pending.every((r) => r.status === 'created')).toBe(true); // not sent before its time
    await Promise.all([h.addWorker(), h.addWorker(), h.addWorker()]);
    const done = await allFinal(h, [scheduled, now], 60_000);
    report('three workers', done.length, h);
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.counts().size).toBe(done.length);
    expect(h.sink.duplicates()).toBe(0);
  });

  it('7. jobs finished while their rows still wait (a faulty worker): the sweeper replaces them and every row is sent once', async () => {
    h = await startDelivery();
    const ids = [
      await register(h, { kind: 'road_works', title: 'Resurfacing', major: true, divisions: ['Oadby'] }),
    ];
    const expected = (await rows(h.t, ids)).length;
    // A consumer that completes every job and sends nothing: the rows stay queued, and each row's
    // job id is now taken by a completed job.
    const connection = new Redis(h.workerEnv['REDIS_URL'] ?? '', { maxRetriesPerRequest: null });
    const prefix = h.workerEnv['QUEUE_PREFIX'] ?? '';
    const faulty = new Worker(QUEUES.notifications, () => Promise.resolve('skipped'), { connection, prefix });
    const queue = new Queue(QUEUES.notifications, { connection, prefix });
    try {
      await expectEventually(
        () => queue.getJobCounts('completed'),
        (c) => c['completed'] === expected,
        20_000,
      );
    } finally {
      await faulty.close();
      await queue.close();
      connection.disconnect();
    }
    expect((await rows(h.t, ids)).every((r) => r.status === 'queued')).toBe(true);
    await h.addWorker();
    const done = await allFinal(h, ids, 30_000);
    report('jobs finished with rows waiting', expected, h);
    expect(done.every((r) => r.status === 'sent')).toBe(true);
    expect(h.sink.counts().size).toBe(expected);
    expect(h.sink.duplicates()).toBe(0);
  });
});
