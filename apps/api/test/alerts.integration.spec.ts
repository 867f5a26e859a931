import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ackLink, signAck } from '../src/auth/ack-token.util';
import { hashSecret } from '../src/auth/secret-hash.util';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;

// LE2 5AA, Oadby: the dev-member key is Oliver Belgrave, one of Oadby's two members.
const OADBY = { type: 'Point', coordinates: [-1.082219, 52.598967] };

interface Reason {
  relation: string;
  paragraph: string;
  division?: string;
  role?: string;
}
interface Alert {
  id: string;
  event: { id: string; title: string; kind: string; status: string };
  version: number;
  change: string;
  action: string;
  reasons: Reason[];
  sendAt: string;
  status: string;
  acknowledgedAt: string | null;
}
interface Escalation extends Alert {
  recipient: { id: string; name: string };
}

async function register(body: Record<string, unknown>): Promise<string> {
  const r = await t.request('POST', '/events', { key: KEYS.officer, body });
  expect(r.status).toBe(201);
  return (r.body as { id: string }).id;
}

async function rowFor(eventId: string, name: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    'SELECT id FROM notifications WHERE event_id = $1 AND recipient_name = $2',
    [eventId, name],
  );
  if (!row) throw new Error(`no notification for ${name}`);
  return row.id;
}

// The worker is not running in these tests: mark a row delivered as it would.
const markSent = (id: string) =>
  t.sql("UPDATE notifications SET status = 'sent', sent_at = now() WHERE id = $1", [id]);

const statusOf = async (id: string) =>
  (await t.sql<{ status: string }>('SELECT status FROM notifications WHERE id = $1', [id]))[0]?.status;

const pathOf = (link: string) => {
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
};

let incident: string;
let olderEvent: string;

beforeAll(async () => {
  t = await startTestApi();
  olderEvent = await register({
    kind: 'service_change',
    title: 'Oadby library opening hours',
    divisions: ['Oadby'],
  });
  incident = await register({
    kind: 'major_incident',
    title: 'Fire at "Oadby" Library & Café',
    location: OADBY,
    portfolio: 'Children and Families',
  });
});
afterAll(async () => {
  await t?.close();
});

describe('GET /members/me/alerts', () => {
  it('gives a member their own alerts, newest first, each with the event and why it reached them', async () => {
    const r = await t.request('GET', '/members/me/alerts', { key: KEYS.member });
    expect(r.status).toBe(200);
    const { alerts } = r.body as { alerts: Alert[] };
    expect(alerts.map((a) => a.event.id)).toEqual([incident, olderEvent]);
    expect(alerts[0]).toMatchObject({
      event: {
        id: incident,
        title: 'Fire at "Oadby" Library & Café',
        kind: 'major_incident',
        status: 'active',
      },
      version: 1,
      change: 'new',
      action: 'notify',
      reasons: [{ relation: 'local', paragraph: '35', division: 'Oadby' }],
      acknowledgedAt: null,
    });
    const owners = await t.sql<{ recipient_name: string }>(
      'SELECT DISTINCT recipient_name FROM notifications WHERE id = ANY($1)',
      [alerts.map((a) => a.id)],
    );
    expect(owners.map((o) => o.recipient_name)).toEqual(['Oliver Belgrave']);
  });

  it('gives the Leader their own alerts, with the §36 escalation as the reason', async () => {
    const r = await t.request('GET', '/members/me/alerts', { key: KEYS.leader });
    expect(r.status).toBe(200);
    const { alerts } = r.body as { alerts: Alert[] };
    expect(alerts.map((a) => a.event.id)).toEqual([incident]);
    expect(alerts[0]?.reasons).toEqual([{ relation: 'escalation', paragraph: '36', role: 'leader' }]);
  });

  it('refuses officers, and a member key linked to no member, saying why', async () => {
    expect((await t.request('GET', '/members/me/alerts', { key: KEYS.officer })).status).toBe(403);
    const [council] = await t.sql<{ id: string }>('SELECT id FROM councils');
    await t.sql(
      `INSERT INTO api_keys (council_id, name, role, key_hash, key_prefix, member_id)
       VALUES ($1, 'Unlinked member key', 'member', $2, 'unlinked', NULL)`,
      [council?.id, hashSecret('unlinked-member-key')],
    );
    const r = await t.request('GET', '/members/me/alerts', { key: 'unlinked-member-key' });
    expect(r.status).toBe(403);
    expect((r.body as { message: string }).message).toMatch(/not linked to a member/);
  });

  it('refuses a request with no key', async () => {
    expect((await t.request('GET', '/members/me/alerts')).status).toBe(401);
  });
});

describe('POST /alerts/:id/acknowledge with a key', () => {
  it('acknowledges a sent alert once, records who did it, and answers the same time again', async () => {
    const id = await rowFor(incident, 'Oliver Belgrave');
    await markSent(id);
    const first = await t.request('POST', `/alerts/${id}/acknowledge`, { key: KEYS.member });
    expect(first.status).toBe(200);
    const body = first.body as { status: string; acknowledgedAt: string; alreadyAcknowledged: boolean };
    expect(body).toMatchObject({ id, status: 'acknowledged', alreadyAcknowledged: false });
    const [row] = await t.sql<{ status: string; acknowledged_at: Date }>(
      'SELECT status, acknowledged_at FROM notifications WHERE id = $1',
      [id],
    );
    expect(row?.status).toBe('acknowledged');
    expect(row?.acknowledged_at.toISOString()).toBe(body.acknowledgedAt);

    const again = await t.request('POST', `/alerts/${id}/acknowledge`, { key: KEYS.member });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ acknowledgedAt: body.acknowledgedAt, alreadyAcknowledged: true });

    const audit = await t.sql<{ actor: string }>(
      "SELECT actor FROM audit_log WHERE notification_id = $1 AND action = 'notification.acknowledged'",
      [id],
    );
    expect(audit).toEqual([{ actor: 'Development member (m043, Oadby)' }]);

    const mine = (await t.request('GET', '/members/me/alerts', { key: KEYS.member })).body as {
      alerts: Alert[];
    };
    expect(mine.alerts.find((a) => a.id === id)).toMatchObject({
      status: 'acknowledged',
      acknowledgedAt: body.acknowledgedAt,
    });
  });

  it("answers 404, not 403, for someone else's alert, and changes nothing", async () => {
    const leaders = await rowFor(incident, 'Catherine Kettering');
    await markSent(leaders);
    const r = await t.request('POST', `/alerts/${leaders}/acknowledge`, { key: KEYS.member });
    expect(r.status).toBe(404);
    expect(await statusOf(leaders)).toBe('sent');
    const officer = await t.request('POST', `/alerts/${leaders}/acknowledge`, { key: KEYS.officer });
    expect(officer.status).toBe(403);
  });

  it('answers 409 for an alert not sent yet', async () => {
    const id = await rowFor(olderEvent, 'Oliver Belgrave');
    const before = await statusOf(id);
    expect(before).not.toBe('sent');
    const r = await t.request('POST', `/alerts/${id}/acknowledge`, { key: KEYS.member });
    expect(r.status).toBe(409);
    expect((r.body as { message: string }).message).toMatch(/not been sent yet/);
    expect(await statusOf(id)).toBe(before);
  });

  it('answers 401 with neither a key nor a link, and 404 for an id that is not a uuid', async () => {
    const id = await rowFor(incident, 'Wendy Wymeswold');
    expect((await t.request('POST', `/alerts/${id}/acknowledge`)).status).toBe(401);
    expect((await t.request('POST', '/alerts/not-a-uuid/acknowledge', { key: KEYS.member })).status).toBe(
      404,
    );
  });
});

describe('acknowledging with the signed link from the e-mail', () => {
  it('shows a page with a button on GET, acknowledging nothing, so a mail scanner cannot', async () => {
    const id = await rowFor(incident, 'Wendy Wymeswold');
    await markSent(id);
    const path = pathOf(ackLink(t.config.publicUrl, t.config.ackSecret, id, 30));
    const r = await t.request('GET', path);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.text).toContain('<html lang="en-GB">');
    expect(r.text).toMatch(/<form method="post" action="\?expires=\d+&amp;token=[\w-]+"/);
    expect(r.text).toContain('Confirm and acknowledge');
    // The title is escaped, never echoed raw.
    expect(r.text).toContain('Fire at &quot;Oadby&quot; Library &amp; Café');
    expect(r.text).not.toContain('"Oadby"');
    expect(await statusOf(id)).toBe('sent');
  });

  it('acknowledges on POST without a key, with "signed link" as the actor', async () => {
    const id = await rowFor(incident, 'Wendy Wymeswold');
    const path = pathOf(ackLink(t.config.publicUrl, t.config.ackSecret, id, 30));
    const r = await t.request('POST', path);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, status: 'acknowledged', alreadyAcknowledged: false });
    const audit = await t.sql<{ actor: string }>(
      "SELECT actor FROM audit_log WHERE notification_id = $1 AND action = 'notification.acknowledged'",
      [id],
    );
    expect(audit).toEqual([{ actor: 'signed link' }]);
    const page = await t.request('GET', path);
    expect(page.text).toContain('You have already acknowledged this alert');
  });

  it("answers the page's own form with a page", async () => {
    const id = await rowFor(incident, 'Chloe Radcliffe');
    await markSent(id);
    const path = pathOf(ackLink(t.config.publicUrl, t.config.ackSecret, id, 30));
    const r = await t.request('POST', path, {
      raw: '',
      contentType: 'application/x-www-form-urlencoded',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.text).toContain('Alert acknowledged');
    expect(await statusOf(id)).toBe('acknowledged');
  });

  it('answers 410 for an expired link, and tells the member to sign in', async () => {
    const id = await rowFor(incident, 'Catherine Kettering');
    const expires = Math.floor(Date.now() / 1000) - 60;
    const path = `/alerts/${id}/acknowledge?expires=${expires}&token=${signAck(t.config.ackSecret, id, expires)}`;
    const r = await t.request('POST', path);
    expect(r.status).toBe(410);
    expect((r.body as { message: string }).message).toBe('the link has expired; sign in to acknowledge');
    const page = await t.request('GET', path);
    expect(page.status).toBe(410);
    expect(page.text).toContain('This link has expired');
    expect(await statusOf(id)).toBe('sent');
  });

  it.each([
    ['a changed token', (id: string, e: number, tok: string) => `?expires=${e}&token=${tok.slice(0, -2)}xx`],
    [
      'a later expiry than was signed',
      (id: string, e: number, tok: string) => `?expires=${e + 1}&token=${tok}`,
    ],
    ['no token', (_: string, e: number) => `?expires=${e}`],
  ])('answers 403 for a link with %s, and changes nothing', async (_, tamper) => {
    const id = await rowFor(incident, 'Catherine Kettering');
    const expires = Math.floor(Date.now() / 1000) + 3600;
    const query = tamper(id, expires, signAck(t.config.ackSecret, id, expires));
    const r = await t.request('POST', `/alerts/${id}/acknowledge${query}`);
    expect(r.status).toBe(403);
    expect((await t.request('GET', `/alerts/${id}/acknowledge${query}`)).status).toBe(403);
    expect(await statusOf(id)).toBe('sent');
  });

  it('answers 400 naming a parameter the link repeats, and changes nothing', async () => {
    const id = await rowFor(incident, 'Catherine Kettering');
    const expires = Math.floor(Date.now() / 1000) + 3600;
    const query = `?expires=${expires}&expires=${expires}&token=${signAck(t.config.ackSecret, id, expires)}`;
    for (const method of ['POST', 'GET']) {
      const r = await t.request(method, `/alerts/${id}/acknowledge${query}`);
      expect(r.status).toBe(400);
      expect((r.body as { message: string }).message).toBe('expires was given twice; give it once');
    }
    expect(await statusOf(id)).toBe('sent');
  });

  it("answers 403 for another alert's link", async () => {
    const id = await rowFor(incident, 'Catherine Kettering');
    const other = await rowFor(incident, 'Oliver Belgrave');
    const link = pathOf(ackLink(t.config.publicUrl, t.config.ackSecret, other, 30)).replace(other, id);
    expect((await t.request('POST', link)).status).toBe(403);
    expect(await statusOf(id)).toBe('sent');
  });

  it('answers 409 for a valid link to an alert not sent yet, and offers no button', async () => {
    const id = await rowFor(olderEvent, 'Wendy Wymeswold');
    const path = pathOf(ackLink(t.config.publicUrl, t.config.ackSecret, id, 30));
    expect((await t.request('POST', path)).status).toBe(409);
    const page = await t.request('GET', path);
    expect(page.status).toBe(409);
    expect(page.text).toContain('You cannot acknowledge this alert');
    expect(page.text).not.toContain('<form');
  });
});

describe('GET /escalations', () => {
  it('lists the alerts escalated under §36 across the county for the Leader, with the event', async () => {
    const r = await t.request('GET', '/escalations', { key: KEYS.leader });
    expect(r.status).toBe(200);
    const { escalations } = r.body as { escalations: Escalation[] };
    expect(escalations.every((e) => e.reasons.some((x) => x.relation === 'escalation'))).toBe(true);
    expect(escalations.every((e) => e.event.id === incident)).toBe(true);
    const byName = Object.fromEntries(escalations.map((e) => [e.recipient.name, e]));
    expect(Object.keys(byName).sort()).toEqual(['Catherine Kettering', 'Chloe Radcliffe', 'Wendy Wymeswold']);
    expect(byName['Catherine Kettering']).toMatchObject({
      event: { title: 'Fire at "Oadby" Library & Café', status: 'active' },
      reasons: [{ relation: 'escalation', role: 'leader' }],
    });
    // The Cabinet Lead Member for the portfolio sits for Oadby too: local and escalated, one alert.
    expect(byName['Wendy Wymeswold']?.reasons.map((x) => x.relation).sort()).toEqual(['escalation', 'local']);
  });

  it('puts the newest first', async () => {
    const later = await register({
      kind: 'major_incident',
      title: 'Flooding at Lutterworth',
      divisions: ['Lutterworth'],
    });
    const r = await t.request('GET', '/escalations', { key: KEYS.leader });
    const { escalations } = r.body as { escalations: Escalation[] };
    expect(escalations[0]?.event.id).toBe(later);
    expect(escalations.at(-1)?.event.id).toBe(incident);
  });

  it.each([
    ['democratic services', KEYS.democraticServices, 200],
    ['an officer', KEYS.officer, 403],
    ['a member', KEYS.member, 403],
  ])('answers %s with %s', async (_, key, status) => {
    expect((await t.request('GET', '/escalations', { key })).status).toBe(status);
  });
});
