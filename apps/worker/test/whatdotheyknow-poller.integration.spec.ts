import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import {
  fixtureFeed,
  requestEvent,
  WhatDoTheyKnowServer,
} from '../../../tools/testing/whatdotheyknow-server';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

// A real worker process reads a loopback WhatDoTheyKnow that follows Alaveteli's routes and JSON.
const BODY = 'leicestershire_county_council';
let h: DeliveryHarness | undefined;
let site: WhatDoTheyKnowServer | undefined;
afterEach(async () => {
  await h?.close();
  await site?.stop();
  h = undefined;
  site = undefined;
});

interface DraftRow {
  key: string;
  link: string;
  kind: string;
  title: string;
  description: string;
  divisions: string[];
  original: string;
  updated_at: Date;
}
const drafts = (harness: DeliveryHarness) =>
  harness.t.sql<DraftRow>(`SELECT * FROM drafts WHERE source = 'whatdotheyknow' ORDER BY received_at, key`);
const kept = (harness: DeliveryHarness) =>
  harness.t.sql<{ message_id: string; outcome: string; reason: string }>(
    `SELECT message_id, outcome, reason FROM producer_messages WHERE source = 'whatdotheyknow' ORDER BY message_id`,
  );

const event = (id: number) => {
  const e = fixtureFeed().find((x) => x['id'] === id);
  if (!e) throw new Error(`no event ${id} in the fixture`);
  return e;
};

async function start() {
  site = new WhatDoTheyKnowServer([BODY]);
  const url = await site.start();
  h = await startDelivery();
  const settings = {
    WHATDOTHEYKNOW_URL: url,
    WHATDOTHEYKNOW_BODY: BODY,
    WHATDOTHEYKNOW_EVERY_MS: '300',
    WHATDOTHEYKNOW_TIMEOUT_MS: '1000',
  };
  const worker = await h.addWorker(settings);
  return { s: site, h, worker, settings, url };
}

describe('the WhatDoTheyKnow poller in the worker', () => {
  it('makes each new request one FOI request draft, adds a follow-up to the same draft, and carries on after a restart', async () => {
    const { s, h: harness, worker, settings, url } = await start();
    s.events = [event(90001), event(90002)];
    const first = await expectEventually(
      () => drafts(harness),
      (d) => d.length >= 2,
      30_000,
    );
    expect(s.requests).toContain(`/feed/body/${BODY}.json`);
    expect(first.map((d) => [d.key, d.link, d.kind])).toEqual([
      [
        `${url}/request/gritting_routes_in_lutterworth`,
        `${url}/request/gritting_routes_in_lutterworth`,
        'foi_request',
      ],
      [`${url}/request/pothole_claims_birstall`, `${url}/request/pothole_claims_birstall`, 'foi_request'],
    ]);
    const pothole = () =>
      drafts(harness).then((d) => d.find((x) => x.key.endsWith('pothole_claims_birstall')));
    expect((await pothole())?.title).toBe('Pothole claims on Wanlip Lane, Birstall');
    expect((await pothole())?.original).not.toContain('A Requester');

    // The follow-up on the pothole request, and a response on the gritting one, update their drafts.
    s.events = [event(90001), event(90002), event(90003), event(90004)];
    const updated = await expectEventually(
      () => pothole(),
      (d) => d?.description.includes('Sileby') === true,
      30_000,
    );
    expect(updated?.description).toContain('Wanlip Lane');
    expect(await drafts(harness)).toHaveLength(2);
    expect((await kept(harness)).map((k) => [k.message_id, k.outcome, k.reason])).toEqual([
      ['event-90001', 'draft', 'An FOI request draft is waiting for an officer to confirm it.'],
      ['event-90002', 'draft', 'An FOI request draft is waiting for an officer to confirm it.'],
      [
        'event-90003',
        'draft',
        'A later event on the request (a follow-up or a response) was added to its draft.',
      ],
      [
        'event-90004',
        'draft',
        'A later event on the request (a follow-up or a response) was added to its draft.',
      ],
    ]);

    // A restarted worker reads after the last event seen: nothing is added twice.
    await worker.kill('SIGTERM');
    s.events.push(
      requestEvent({
        id: 90005,
        eventType: 'sent',
        urlTitle: 'library_hours_in_oadby',
        title: 'Library opening hours in Oadby',
        snippet: 'Please send the opening hours of the library on Sandhurst Street, Oadby.',
        body: BODY,
      }),
    );
    await harness.addWorker(settings);
    const after = await expectEventually(
      () => drafts(harness),
      (d) => d.length >= 3,
      30_000,
    );
    expect(after.find((d) => d.key.endsWith('library_hours_in_oadby'))?.divisions).toContain('Oadby');
    await new Promise((r) => setTimeout(r, 1500));
    const once = await pothole();
    expect(once?.description.split('Sileby')).toHaveLength(2);
    expect(await kept(harness)).toHaveLength(5);
  }, 90_000);

  it('shows a feed that answers 500 or hangs as a problem on the Producers page, and reads it once it is back', async () => {
    const { s, h: harness, worker } = await start();
    s.behaviour = 'fail';
    const problem = (words: string) =>
      expectEventually(
        async () => {
          const r = await harness.t.request(
            'GET',
            '/producers/messages?source=whatdotheyknow&outcome=error',
            {
              key: KEYS.democraticServices,
            },
          );
          return (r.body as { messages: { reason: string }[] }).messages.map((m) => m.reason);
        },
        (reasons) => reasons.some((r) => r.includes(words)),
        30_000,
      );
    await problem('WhatDoTheyKnow answered 500 for');
    s.behaviour = 'hang';
    const reasons = await problem('WhatDoTheyKnow did not answer within 1 second');
    expect(reasons[0]).toMatch(
      /^Not read, trying again next time: WhatDoTheyKnow did not answer within 1 second \(http:\/\/127\.0\.0\.1:\d+\/feed\/body\/leicestershire_county_council\.json\)$/,
    );
    expect(worker.child.exitCode).toBeNull();
    s.behaviour = 'serve';
    s.events = [event(90001)];
    const made = await expectEventually(
      () => drafts(harness),
      (d) => d.length >= 1,
      30_000,
    );
    expect(made[0]?.title).toBe('Gritting routes in Lutterworth');
  }, 90_000);
  it('polls the feed from one worker process at a time: while another holds the feed, it waits its turn', async () => {
    site = new WhatDoTheyKnowServer([BODY]);
    const url = await site.start();
    site.events = [event(90001)];
    h = await startDelivery();
    const harness = h;
    // Another process polling the same feed holds its lock (the same key the worker takes).
    const LOCK = `SELECT pg_advisory_lock(726354003, hashtext(current_schema() || '|' || $1))`;
    await harness.t.sql(LOCK, [`whatdotheyknow|${BODY}`]);
    const settings = { WHATDOTHEYKNOW_URL: url, WHATDOTHEYKNOW_BODY: BODY, WHATDOTHEYKNOW_EVERY_MS: '300' };
    await harness.addWorker(settings);
    await harness.addWorker(settings);
    await new Promise((r) => setTimeout(r, 2000));
    expect(site.requests.filter((r) => r.startsWith('/feed/'))).toEqual([]);
    expect(await drafts(harness)).toEqual([]);
    await harness.t.sql(`SELECT pg_advisory_unlock(726354003, hashtext(current_schema() || '|' || $1))`, [
      `whatdotheyknow|${BODY}`,
    ]);
    const made = await expectEventually(
      () => drafts(harness),
      (d) => d.length >= 1,
      30_000,
    );
    expect(made.map((d) => d.title)).toEqual(['Gritting routes in Lutterworth']);
  }, 90_000);
});
