import { afterEach, describe, expect, it } from 'vitest';
import { londonDate } from '@member-alerts/protocol';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { register, startDelivery, type DeliveryHarness } from './support/delivery-harness';

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

const consultation = (title: string) => ({
  kind: 'consultation',
  title,
  countywide: true,
  opensAt: new Date(Date.now() - 60_000).toISOString(),
});

describe('e-mails in the words of the revision each event was planned under', () => {
  it('an event registered after a revision uses its words; one registered before keeps the old ones', async () => {
    h = await startDelivery();
    // No worker yet: both events are sent after the revision is published.
    const before = await register(h, consultation('Budget consultation, first round'));
    const published = await h.t.request('POST', `/policy/revisions?inForceFrom=${londonDate(new Date())}`, {
      key: KEYS.democraticServices,
      raw: REVISED,
      contentType: 'application/yaml',
    });
    expect(published.status, published.text).toBe(201);
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
});
