import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { londonDate } from '@member-alerts/protocol';
import { PRIORITY, QUEUES } from '@member-alerts/queue';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { allFinal, register, startDelivery, type DeliveryHarness } from './support/delivery-harness';

let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MEMBER = 'oliver.belgrave@members.leics.example';
// A revision that calls the council's whole area something else.
const REVISED = readFixture('leicestershire', 'policy.yaml').replace(
  'wholeArea: the whole county',
  'wholeArea: every part of the shire',
);

const consultation = (title: string, opensAt = new Date(Date.now() - 60_000)) => ({
  kind: 'consultation',
  title,
  countywide: true,
  opensAt: opensAt.toISOString(),
});

async function publish(harness: DeliveryHarness, raw: string): Promise<void> {
  const published = await harness.t.request(
    'POST',
    `/policy/revisions?inForceFrom=${londonDate(new Date())}`,
    {
      key: KEYS.democraticServices,
      raw,
      contentType: 'application/yaml',
    },
  );
  expect(published.status, published.text).toBe(201);
}

describe('e-mails in the words of the revision each event was planned under', () => {
  it('an event registered after a revision uses its words; one registered before keeps the old ones', async () => {
    h = await startDelivery();
    // No worker yet: both events are sent after the revision is published.
    const before = await register(h, consultation('Budget consultation, first round'));
    await publish(h, REVISED);
    const after = await register(h, consultation('Budget consultation, second round'));
    const plans = await h.t.sql<{ id: string; revision: number }>(
      "SELECT event_id AS id, (plan->'revision'->>'number')::int AS revision FROM event_versions WHERE event_id = ANY($1)",
      [[before, after]],
    );
    expect(Object.fromEntries(plans.map((p) => [p.id, p.revision]))).toEqual({ [before]: 1, [after]: 2 });

    await h.addWorker();
    const mails = await expectEventually(
      () => Promise.resolve(h!.sink.received.filter((m) => m.to.includes(MEMBER))),
      (ms) => ms.length >= 2,
      60_000,
    );
    const first = mails.find((m) => m.text.includes('first round'));
    const second = mails.find((m) => m.text.includes('second round'));
    expect(first?.text).toContain('The whole county');
    expect(first?.text).not.toContain('Every part of the shire');
    expect(second?.text).toContain('Every part of the shire');
    expect(second?.text).not.toContain('The whole county');
    expect(second?.html).toContain('Every part of the shire');
  });

  it('a notice the scheduler queues goes ahead of routine ones only when its own revision marks it urgent', async () => {
    h = await startDelivery();
    // §31 notices go 24 hours before opening: these fall due seconds from now, and the scheduler queues them.
    const opens = () => new Date(Date.now() + 24 * 3_600_000 + 4_000);
    const before = await register(h, consultation('Libraries consultation, first round', opens()));
    // The revision makes every kind urgent unless it says otherwise, consultations included.
    await publish(h, REVISED.replace(/urgent:\n {4}is: false/, 'urgent:\n    is: true'));
    const after = await register(h, consultation('Libraries consultation, second round', opens()));
    await h.addWorker();
    const sent = await allFinal(h, [before, after], 90_000);
    expect(sent.every((r) => r.status === 'sent')).toBe(true);

    const redis = new Redis('redis://127.0.0.1:6379');
    const queue = new Queue(QUEUES.notifications, { connection: redis, prefix: h.t.config.queuePrefix });
    try {
      const jobs = await queue.getJobs(['completed']);
      const priorities = (eventId: string) =>
        new Set(
          jobs.filter((j) => (j.data as { eventId: string }).eventId === eventId).map((j) => j.priority),
        );
      expect(priorities(before)).toEqual(new Set([PRIORITY.routine]));
      expect(priorities(after)).toEqual(new Set([PRIORITY.urgent]));
    } finally {
      await queue.close();
      redis.disconnect();
    }
  });
});
