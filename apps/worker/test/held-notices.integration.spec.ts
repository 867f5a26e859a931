import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodNow, preElectionPolicyFile } from '../../api/test/support/pre-election-policy';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { register, startDelivery, type DeliveryHarness } from './support/delivery-harness';

// A pre-election period for the whole council runs today; the council's rules hold invitations
// (facility openings, public meetings) for democratic services, and send the rest as usual.
const PERIOD = periodNow('County Council elections');

let h: DeliveryHarness;
beforeAll(async () => {
  h = await startDelivery({ api: { POLICY_FILE: preElectionPolicyFile([PERIOD]) } });
  await h.addWorker();
});
afterAll(async () => {
  await h?.close();
});

const OLIVER = 'oliver.belgrave@members.leics.example';
const WENDY = 'wendy.wymeswold@members.leics.example';
const contact = { name: 'Helen Marsden', email: 'helen.marsden@leics.example' };

interface Row {
  id: string;
  email: string;
  status: string;
  last_error: string | null;
}
const rowsOf = (eventId: string) =>
  h.t.sql<Row>('SELECT id, email, status, last_error FROM notifications WHERE event_id = $1 ORDER BY email', [
    eventId,
  ]);
const auditOf = (notificationId: string) =>
  h.t.sql<{ actor: string; action: string; details: Record<string, unknown> }>(
    'SELECT actor, action, details FROM audit_log WHERE notification_id = $1 ORDER BY id',
    [notificationId],
  );
const mailsTo = (email: string) => h.sink.received.filter((m) => m.to.includes(email));
const ds = { key: KEYS.democraticServices };
async function myAlertTitles(): Promise<string[]> {
  const r = await h.t.request('GET', '/members/me/alerts?limit=50', { key: KEYS.member });
  return (r.body as { alerts: { event: { title: string | null } }[] }).alerts.map((a) => a.event.title ?? '');
}

/** Road works are sent as usual: once their e-mails are in, the worker has swept past everything held. */
async function sweptPast(title: string): Promise<void> {
  const id = await register(h, { kind: 'road_works', title, major: true, divisions: ['Oadby'], contact });
  const sent = await expectEventually(
    () => rowsOf(id),
    (rs) => rs.length > 0 && rs.every((r) => r.status === 'sent'),
    30_000,
  );
  expect(sent.map((r) => r.email)).toContain(OLIVER);
}

describe('a pre-election period holds invitations for democratic services', () => {
  let eventId = '';
  let oliverRow = '';
  let wendyRow = '';

  it('holds an opening registered during the period: nothing is sent, and democratic services see why', async () => {
    eventId = await register(h, {
      kind: 'facility_event',
      title: 'Opening of the new Oadby library',
      divisions: ['Oadby'],
      startsAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      contact,
    });
    const held = await rowsOf(eventId);
    expect(held.map((r) => [r.email, r.status])).toEqual([
      [OLIVER, 'held'],
      [WENDY, 'held'],
    ]);
    oliverRow = held[0]?.id ?? '';
    wendyRow = held[1]?.id ?? '';
    expect((await auditOf(oliverRow)).map((a) => a.action)).toEqual([
      'notification.planned',
      'notification.held',
    ]);

    await sweptPast('Resurfacing of Gartree Road');
    expect(mailsTo(OLIVER).filter((m) => m.subject.includes('Oadby library'))).toEqual([]);
    expect((await rowsOf(eventId)).map((r) => r.status)).toEqual(['held', 'held']);

    const list = await h.t.request('GET', '/held-notices', ds);
    expect(list.status).toBe(200);
    const body = list.body as {
      periods: { election: string; from: string; to: string; divisions: string[] | null }[];
      notices: {
        id: string;
        event: { title: string };
        recipient: { name: string };
        heldFor: { election: string };
      }[];
    };
    expect(body.periods).toEqual([{ ...PERIOD, divisions: null }]);
    expect(body.notices.map((n) => [n.recipient.name, n.event.title, n.heldFor.election])).toEqual([
      ['Oliver Belgrave', 'Opening of the new Oadby library', 'County Council elections'],
      ['Wendy Wymeswold', 'Opening of the new Oadby library', 'County Council elections'],
    ]);
    // Only democratic services decide.
    expect((await h.t.request('GET', '/held-notices', { key: KEYS.officer })).status).toBe(403);
    // Oliver (the development member) cannot see in the console what was never sent to him.
    expect(await myAlertTitles()).not.toContain('Opening of the new Oadby library');
    expect((await h.t.request('GET', `/events/${eventId}`, { key: KEYS.member })).status).toBe(404);
  }, 60_000);

  it('a released notice is sent as usual, once, to the member at the SMTP listener', async () => {
    const r = await h.t.request('POST', `/held-notices/${oliverRow}/release`, ds);
    expect(r.status, r.text).toBe(200);
    const mails = await expectEventually(
      () => Promise.resolve(mailsTo(OLIVER).filter((m) => m.notificationId === oliverRow)),
      (ms) => ms.length === 1,
      30_000,
    );
    expect(mails[0]?.subject).toContain('Opening of the new Oadby library');
    expect(mails[0]?.text).toContain('Opening of the new Oadby library');
    expect(await myAlertTitles()).toContain('Opening of the new Oadby library');

    const again = await h.t.request('POST', `/held-notices/${oliverRow}/release`, ds);
    expect(again.status).toBe(409);
    expect((again.body as { message: string }).message).toMatch(
      /This notice is no longer held: it has been released/,
    );
    expect((await auditOf(oliverRow)).map((a) => [a.actor, a.action])).toEqual([
      ['Development officer', 'notification.planned'],
      ['Development officer', 'notification.held'],
      ['Development democratic services', 'notification.released'],
      ['worker', 'notification.sent'],
    ]);
    await sweptPast('Footway repairs on Stoughton Road');
    expect(h.sink.counts().get(oliverRow)).toBe(1);
  }, 60_000);

  it('a withdrawn notice is never sent, and its reason is kept', async () => {
    const none = await h.t.request('POST', `/held-notices/${wendyRow}/withdraw`, { ...ds, body: {} });
    expect(none.status).toBe(400);
    expect((none.body as { message: string }).message).toMatch(/reason is required/);

    const reason = 'The opening is a campaign event for one candidate';
    const r = await h.t.request('POST', `/held-notices/${wendyRow}/withdraw`, { ...ds, body: { reason } });
    expect(r.status, r.text).toBe(200);
    expect((r.body as { status: string }).status).toBe('cancelled');
    const audit = await auditOf(wendyRow);
    expect(audit.at(-1)).toMatchObject({
      actor: 'Development democratic services',
      action: 'notification.withdrawn',
      details: { reason, election: 'County Council elections', to: 'Wendy Wymeswold' },
    });
    expect((await h.t.request('POST', `/held-notices/${wendyRow}/release`, ds)).status).toBe(409);

    await sweptPast('Drainage works on Florence Wragg Way');
    expect(mailsTo(WENDY).filter((m) => m.subject.includes('Oadby library'))).toEqual([]);
    expect((await rowsOf(eventId)).find((x) => x.id === wendyRow)).toMatchObject({
      status: 'cancelled',
      last_error: `withdrawn by democratic services: ${reason}`,
    });
    expect((await h.t.request('GET', '/held-notices', ds)).body).toMatchObject({ notices: [] });
  }, 60_000);
  it("counts the held notices in the Monitoring Officer's report: the released one, not the withdrawn one", async () => {
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const r = await h.t.request('GET', `/reports/compliance?from=${today}&to=${today}&kind=facility_event`, {
      key: KEYS.monitoringOfficer,
    });
    expect(r.status, r.text).toBe(200);
    expect((r.body as { totals: { held: number; membersTold: number } }).totals).toMatchObject({
      held: 1,
      membersTold: 1,
    });
    const behind = await h.t.request(
      'GET',
      `/reports/compliance/events?from=${today}&to=${today}&figure=held`,
      { key: KEYS.monitoringOfficer },
    );
    expect(behind.status, behind.text).toBe(200);
    expect((behind.body as { events: { title: string }[] }).events.map((e) => e.title)).toEqual([
      'Opening of the new Oadby library',
    ]);
  }, 60_000);
});
