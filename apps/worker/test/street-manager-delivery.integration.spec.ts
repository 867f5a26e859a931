import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  permitMessage,
  postToStreetManager,
  type SnsFields,
  type SnsPublisher,
  startSnsPublisher,
  streetManagerSettings,
} from '../../api/test/support/sns-publisher';
import { expectEventually } from '../../api/test/support/test-api';
import { FINAL, rows, startDelivery, type DeliveryHarness } from './support/delivery-harness';
import type { ReceivedMail } from './support/smtp-sink';

// Street Manager to a councillor's inbox: signed SNS notifications into the real API, the real
// worker sending through a real SMTP listener on loopback.

let sns: SnsPublisher;
let h: DeliveryHarness;
beforeAll(async () => {
  sns = await startSnsPublisher();
  h = await startDelivery({
    api: streetManagerSettings(sns),
  });
  await h.addWorker();
});
afterAll(async () => {
  await h?.close();
  await sns?.close();
});

const REF = 'LK011WRK000901';

async function post(fields: SnsFields): Promise<string> {
  const r = await postToStreetManager(h.t, fields);
  if (r.status !== 200) throw new Error(`the endpoint answered ${r.status}: ${r.text}`);
  return (r.body as { result: string }).result;
}

async function eventId(): Promise<string> {
  const [event] = await expectEventually(
    () =>
      h.t.sql<{ id: string }>("SELECT id FROM events WHERE source = 'street-manager' AND source_ref = $1", [
        REF,
      ]),
    (es) => es.length === 1,
  );
  return event?.id ?? '';
}

/** Waits until every e-mail of the version has gone, then gives the ones the listener received. */
async function sentFor(id: string, version: number): Promise<ReceivedMail[]> {
  const settled = await expectEventually(
    () => rows(h.t, [id]),
    (rs) => rs.some((r) => r.event_version === version) && rs.every((r) => FINAL.has(r.status)),
    60_000,
  );
  const ids = new Set(settled.filter((r) => r.event_version === version).map((r) => r.id));
  return h.sink.received.filter((m) => ids.has(m.notificationId));
}

/** Each address once, and nobody missing: one e-mail per person the version names. */
async function expectOnePerRecipient(id: string, version: number, mails: readonly ReceivedMail[]) {
  const planned = (await rows(h.t, [id]))
    .filter((r) => r.event_version === version && r.status === 'sent')
    .map((r) => r.email)
    .sort();
  expect(planned.length).toBeGreaterThan(0);
  expect(mails.flatMap((m) => m.to).sort()).toEqual(planned);
}

describe('major works from Street Manager reach the councillors by e-mail', () => {
  let first: SnsFields = {};
  let id = '';
  let firstMails: ReceivedMail[] = [];

  it('a major works notification gives one e-mail per recipient, saying what, where and when', async () => {
    first = sns.notification(permitMessage({ workRef: REF, eventTime: '2027-05-02T09:15:00.000Z' }));
    await post(first);
    id = await eventId();
    firstMails = await sentFor(id, 1);
    await expectOnePerRecipient(id, 1, firstMails);
    const mail = firstMails[0];
    if (!mail) throw new Error('no e-mail');
    expect(mail.subject).toContain('Major road works: London Road, Oadby');
    expect(mail.text).toContain('What: Major road works: London Road, Oadby');
    expect(mail.text).toContain('Where: London Road, Oadby');
    // Street Manager's times are UTC; members read London time.
    expect(mail.text).toContain('When: Wednesday 14 July 2027, 09:00 to Wednesday 28 July 2027, 18:00');
    expect(mail.text).toContain('Highways Network Team');
    expect(mail.replyTo).toEqual(['highways@leics.example']);
    expect(mail.text + mail.html).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('a redelivery of the same message sends nothing', async () => {
    const before = h.sink.accepted;
    expect(await post(first)).toBe('duplicate');
    // Long enough for the worker to have sent anything a second event would have queued.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(h.sink.accepted).toBe(before);
    expect((await rows(h.t, [id])).every((r) => r.event_version === 1)).toBe(true);
  });

  it('an alteration of the end gives everyone an update', async () => {
    await post(
      sns.notification(
        permitMessage({
          workRef: REF,
          eventType: 'PERMIT_ALTERATION_APPROVED',
          eventTime: '2027-05-09T10:00:00.000Z',
          data: {
            proposed_end_date: '2027-08-04T00:00:00.000Z',
            proposed_end_time: '2027-08-04T17:00:00.000Z',
          },
        }),
      ),
    );
    const updates = await sentFor(id, 2);
    await expectOnePerRecipient(id, 2, updates);
    expect(updates.map((m) => m.to[0]).sort()).toEqual(firstMails.map((m) => m.to[0]).sort());
    const mail = updates[0];
    expect(mail?.subject).toMatch(/^Updated/);
    expect(mail?.text).toContain(
      'The end moved from Wednesday 28 July 2027 at 6pm to Wednesday 4 August 2027 at 6pm.',
    );
  });

  it('a cancellation of the permit tells everyone it will not go ahead', async () => {
    await post(
      sns.notification(
        permitMessage({ workRef: REF, eventType: 'PERMIT_CANCELLED', eventTime: '2027-05-12T10:00:00.000Z' }),
      ),
    );
    const cancellations = await sentFor(id, 3);
    await expectOnePerRecipient(id, 3, cancellations);
    expect(cancellations.map((m) => m.to[0]).sort()).toEqual(firstMails.map((m) => m.to[0]).sort());
    const mail = cancellations[0];
    expect(mail?.subject).toMatch(/^Cancelled/);
    expect(mail?.text).toContain('This has been cancelled.');
    expect(mail?.text).toContain('The reason given: the permit was cancelled');
    expect(h.sink.duplicates()).toBe(0);
  });
});
