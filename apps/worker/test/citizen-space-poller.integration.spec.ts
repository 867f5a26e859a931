import { afterEach, describe, expect, it } from 'vitest';
import { expectEventually } from '../../api/test/support/test-api';
import {
  CitizenSpaceServer,
  consultationsToCome,
  type Consultation,
} from '../../api/test/support/citizen-space-server';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

let h: DeliveryHarness | undefined;
let site: CitizenSpaceServer | undefined;
afterEach(async () => {
  await h?.close();
  await site?.stop();
  h = undefined;
  site = undefined;
});

interface Kept {
  message_id: string;
  ref: string;
  message: Consultation;
}

const kept = (harness: DeliveryHarness) =>
  harness.t.sql<Kept>(
    `SELECT message_id, ref, message FROM producer_messages WHERE source = 'citizen-space' ORDER BY received_at, message_id`,
  );

/** Waits until the worker has read both lists `n` more times. */
async function passes(s: CitizenSpaceServer, n: number): Promise<void> {
  const target = s.requests.length + 2 * n;
  await expectEventually(
    () => Promise.resolve(s.requests.length),
    (count) => count >= target,
  );
}

async function start(consultations: Consultation[], extra: Record<string, string> = {}) {
  site = new CitizenSpaceServer();
  site.consultations = consultations;
  const url = await site.start();
  h = await startDelivery();
  const worker = await h.addWorker({
    CITIZEN_SPACE_URL: url,
    CITIZEN_SPACE_EVERY_MS: '300',
    CITIZEN_SPACE_TIMEOUT_MS: '500',
    ...extra,
  });
  return { site, h, worker };
}

describe('the Citizen Space poller in the worker', () => {
  it('keeps one message per consultation, none when nothing changed, and a new one when the end date moves', async () => {
    const consultations = consultationsToCome();
    const { site: s, h: harness } = await start(consultations);
    const first = await expectEventually(
      () => kept(harness),
      (rows) => rows.length >= 4,
    );
    expect(first.map((r) => r.ref).sort()).toEqual([
      'bosworth-battlefield-paths',
      'charnwood-parking',
      'ltp4-2026',
      'oadby-library-hours',
    ]);
    expect(s.requests).toContain('/api/2.4/json_search_results?st=open&fields=all');
    expect(s.requests).toContain('/api/2.4/json_search_results?st=forthcoming&fields=all');
    const ltp = first.find((r) => r.ref === 'ltp4-2026');
    expect(ltp?.message['title']).toBe('Local Transport Plan 4: our plan for travel to 2040');

    await passes(s, 3);
    expect(await kept(harness)).toHaveLength(4);

    s.consultations = consultations.map((c) =>
      c['id'] === 'oadby-library-hours' ? { ...c, enddate: '2027/03/31' } : c,
    );
    const after = await expectEventually(
      () => kept(harness),
      (rows) => rows.length >= 5,
    );
    const oadby = after.filter((r) => r.ref === 'oadby-library-hours');
    expect(oadby).toHaveLength(2);
    expect(oadby[1]?.message['enddate']).toBe('2027/03/31');
    expect(oadby[0]?.message_id).not.toBe(oadby[1]?.message_id);
    await passes(s, 2);
    expect(await kept(harness)).toHaveLength(5);
  });

  it('keeps a withdrawal when a forthcoming consultation disappears before it opens', async () => {
    const consultations = consultationsToCome();
    const { site: s, h: harness } = await start(consultations);
    await expectEventually(
      () => kept(harness),
      (rows) => rows.length >= 4,
    );
    s.consultations = consultations.filter((c) => c['id'] !== 'ltp4-2026');
    const rows = await expectEventually(
      () => kept(harness),
      (r) => r.length >= 5,
    );
    expect(rows[4]).toMatchObject({ ref: 'ltp4-2026', message_id: 'ltp4-2026:withdrawn:1' });
    expect(rows[4]?.message).toMatchObject({ id: 'ltp4-2026', withdrawn: true });
    // Gone it stays: no second withdrawal.
    await passes(s, 3);
    expect(await kept(harness)).toHaveLength(5);
  });

  it('says in plain words that the site failed or hung, stays up, and reads it once it is back', async () => {
    const { site: s, h: harness, worker } = await start(consultationsToCome());
    s.behaviour = 'fail';
    await expectEventually(
      () => Promise.resolve(worker.output()),
      (out) => out.includes('the site answered 500 for the open consultations'),
    );
    s.behaviour = 'hang';
    await expectEventually(
      () => Promise.resolve(worker.output()),
      (out) => out.includes('did not come within'),
    );
    expect(worker.child.exitCode).toBeNull();
    s.behaviour = 'serve';
    const rows = await expectEventually(
      () => kept(harness),
      (r) => r.length >= 4,
    );
    expect(rows).toHaveLength(4);
    expect(worker.output()).toContain('Citizen Space not read, trying again next time');
  });
});
