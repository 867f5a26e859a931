import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '@member-alerts/protocol';
import { parse, stringify } from 'yaml';
import { readFixture } from '../../../tools/testing/fixtures';
import { periodNow } from '../../api/test/support/pre-election-policy';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { register, startDelivery, type DeliveryHarness } from './support/delivery-harness';

// The council starts with no pre-election period. Later it publishes a revision that adds one for
// the whole council, running now, and holds consultation notices during it.
const PERIOD = periodNow('County Council elections');

function revisionAddingPeriod(): string {
  const file = parse(readFixture('leicestershire', 'policy.yaml')) as {
    preElection: { periods: unknown[] };
    kinds: Record<string, Record<string, unknown>>;
  };
  file.preElection.periods = [PERIOD];
  const consultation = file.kinds['consultation'];
  if (!consultation) throw new Error('the fixture has no consultation kind');
  consultation['preElection'] = {
    during: 'hold',
    choice: 'A consultation launched during an election could give candidates a platform.',
  };
  return stringify(file);
}

let h: DeliveryHarness;
beforeAll(async () => {
  h = await startDelivery();
  await h.addWorker();
});
afterAll(async () => {
  await h?.close();
});

const OLIVER = 'oliver.belgrave@members.leics.example';
const contact = { name: 'Helen Marsden', email: 'helen.marsden@leics.example' };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

interface Row {
  id: string;
  email: string;
  status: string;
  held_for: { election: string } | null;
}
const rowsOf = (eventId: string) =>
  h.t.sql<Row>('SELECT id, email, status, held_for FROM notifications WHERE event_id = $1 ORDER BY email', [
    eventId,
  ]);
const titled = (title: string) => h.sink.received.filter((m) => m.subject.includes(title));

/** Road works are sent as usual: once their e-mails are in, the worker has swept past every due row. */
async function sweptPast(title: string): Promise<void> {
  const id = await register(h, { kind: 'road_works', title, major: true, divisions: ['Oadby'], contact });
  await expectEventually(
    () => rowsOf(id),
    (rs) => rs.length > 0 && rs.every((r) => r.status === 'sent'),
    30_000,
  );
}

describe('a revision that adds a pre-election period holds the notices still waiting', () => {
  let inPeriod = '';
  let afterPeriod = '';
  let alreadySent = '';

  it('holds a waiting consultation notice due inside the period, and leaves one due after it and one already sent', async () => {
    // Notice goes 24 hours before the consultation opens: in four days, inside the period.
    inPeriod = await register(h, {
      kind: 'consultation',
      title: 'Oadby library opening hours consultation',
      divisions: ['Oadby'],
      opensAt: inDays(5),
      contact,
    });
    // Opening two months ahead: its notice goes after the close of poll.
    afterPeriod = await register(h, {
      kind: 'consultation',
      title: 'Oadby parking consultation',
      divisions: ['Oadby'],
      opensAt: inDays(60),
      contact,
    });
    alreadySent = await register(h, {
      kind: 'consultation',
      title: 'Oadby bus routes consultation',
      divisions: ['Oadby'],
      opensAt: inDays(0.5),
      contact,
    });
    await expectEventually(
      () => rowsOf(alreadySent),
      (rs) => rs.length > 0 && rs.every((r) => r.status === 'sent'),
      30_000,
    );
    expect((await rowsOf(inPeriod)).every((r) => r.status === 'created')).toBe(true);

    const today = londonDate(new Date());
    const published = await h.t.request('POST', `/policy/revisions?inForceFrom=${today}`, {
      key: KEYS.democraticServices,
      raw: revisionAddingPeriod(),
      contentType: 'application/yaml',
    });
    expect(published.status, published.text).toBe(201);

    const held = await rowsOf(inPeriod);
    expect(held.length).toBeGreaterThan(0);
    expect(held.map((r) => [r.status, r.held_for?.election])).toEqual(
      held.map(() => ['held', PERIOD.election]),
    );
    const audit = await h.t.sql<{ action: string; details: { revision?: number; election?: string } }>(
      'SELECT action, details FROM audit_log WHERE notification_id = $1 ORDER BY id',
      [held[0]?.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['notification.planned', 'notification.held']);
    expect(audit[1]?.details).toMatchObject({ revision: 2, election: PERIOD.election });
    expect((await rowsOf(afterPeriod)).map((r) => r.status)).toEqual(
      (await rowsOf(afterPeriod)).map(() => 'created'),
    );
    // Publishing a revision never changes a notice that has already been sent.
    expect((await rowsOf(alreadySent)).every((r) => r.status === 'sent')).toBe(true);

    // Democratic services see it among the held notices.
    const list = await h.t.request('GET', '/held-notices', { key: KEYS.democraticServices });
    const notices = (list.body as { notices: { event: { title: string } }[] }).notices;
    expect(notices.map((n) => n.event.title)).toContain('Oadby library opening hours consultation');
  }, 90_000);

  it('the worker does not send a held notice when its time comes; the one after the period goes as usual', async () => {
    // Their time comes: both are due now.
    await h.t.sql(
      `UPDATE notifications SET send_at = now() - interval '1 minute' WHERE event_id = ANY($1::uuid[])`,
      [[inPeriod, afterPeriod]],
    );
    await sweptPast('Resurfacing of Gartree Road');
    await expectEventually(
      () => rowsOf(afterPeriod),
      (rs) => rs.every((r) => r.status === 'sent'),
      30_000,
    );
    expect(titled('Oadby parking consultation').length).toBeGreaterThan(0);
    expect(titled('Oadby library opening hours consultation')).toEqual([]);
    expect((await rowsOf(inPeriod)).every((r) => r.status === 'held')).toBe(true);
  }, 90_000);

  it('a released notice then goes to the member at the SMTP listener', async () => {
    const oliver = (await rowsOf(inPeriod)).find((r) => r.email === OLIVER);
    expect(oliver).toBeDefined();
    const r = await h.t.request('POST', `/held-notices/${oliver?.id ?? ''}/release`, {
      key: KEYS.democraticServices,
    });
    expect(r.status, r.text).toBe(200);
    const mails = await expectEventually(
      () => Promise.resolve(titled('Oadby library opening hours consultation')),
      (ms) => ms.length === 1,
      30_000,
    );
    expect(mails[0]?.to).toContain(OLIVER);
  }, 60_000);
});
