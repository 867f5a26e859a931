import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

let h: DeliveryHarness;
beforeAll(async () => {
  h = await startDelivery();
  await h.addWorker();
});
afterAll(async () => {
  await h?.close();
});

const OADBY_MEMBER = 'oliver.belgrave@members.leics.example'; // dev-member, m043
const OTHER_OADBY = 'wendy.wymeswold@members.leics.example';
const LEADER = 'catherine.kettering@members.leics.example'; // dev-leader, m035

async function register(body: Record<string, unknown>): Promise<string> {
  const r = await h.t.request('POST', '/events', { key: KEYS.officer, body });
  expect(r.status, r.text).toBe(201);
  return (r.body as { id: string }).id;
}

type Row = { email: string; status: string; digest: boolean; send_at: Date; message_id: string | null };
const rowsFor = (ids: string[]) =>
  h.t.sql<Row>(
    'SELECT email, status, digest, send_at, message_id FROM notifications WHERE event_id = ANY($1)',
    [ids],
  );

describe('member preferences: quiet hours and a daily digest', () => {
  it('rejects bad preferences, naming each field', async () => {
    const r = await h.t.request('PUT', '/members/me/preferences', {
      key: KEYS.member,
      body: { quietHoursStart: '25:00', digest: 'yes', colour: 'blue' },
    });
    expect(r.status).toBe(400);
    const fields = (r.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['colour', 'digest', 'quietHoursStart']);
  });

  it('holds non-urgent alerts for the digest and sends them as one e-mail; urgent ones go at once', async () => {
    const put = await h.t.request('PUT', '/members/me/preferences', {
      key: KEYS.member,
      body: { digest: true },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ digest: true, digestAt: '08:00' });

    const a = await register({
      kind: 'delegated_decision',
      title: 'Oadby parking order',
      description: 'Parking bays on Sandhurst Street.\nNo waiting at any time.\n\nThe order takes effect in March.',
      divisions: ['Oadby'],
    });
    const b = await register({
      kind: 'road_works',
      title: 'Oadby high street works',
      major: true,
      divisions: ['Oadby'],
    });
    const held = (await rowsFor([a, b])).filter((r) => r.email === OADBY_MEMBER);
    expect(held).toHaveLength(2);
    for (const r of held) {
      expect(r.digest).toBe(true);
      expect(r.status).toBe('created');
      expect(new Date(r.send_at).getTime()).toBeGreaterThan(Date.now());
      // 08:00 London is 08:00 or 07:00 UTC.
      expect([7, 8]).toContain(new Date(r.send_at).getUTCHours());
    }
    // The other Oadby member has no preference: theirs went at once.
    await expectEventually(
      () => rowsFor([a, b]),
      (rs) => rs.filter((r) => r.email === OTHER_OADBY).every((r) => r.status === 'sent'),
    );
    expect(h.sink.received.filter((m) => m.to.includes(OADBY_MEMBER))).toHaveLength(0);

    // §35: a major incident ignores the digest.
    const c = await register({ kind: 'major_incident', title: 'Oadby gas leak', divisions: ['Oadby'] });
    await expectEventually(
      () => rowsFor([c]),
      (rs) => rs.filter((r) => r.email === OADBY_MEMBER).every((r) => r.status === 'sent'),
    );

    // Morning comes.
    await h.t.sql(
      `UPDATE notifications SET send_at = now() - interval '1 minute' WHERE digest AND email = $1`,
      [OADBY_MEMBER],
    );
    await expectEventually(
      () => rowsFor([a, b]),
      (rs) => rs.filter((r) => r.email === OADBY_MEMBER).every((r) => r.status === 'sent'),
    );
    const mails = h.sink.received.filter((m) => m.to.includes(OADBY_MEMBER));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Member alert: Oadby gas leak',
      'Your Member Alerts digest: 2 alerts',
    ]);
    const digest = mails.find((m) => m.subject.startsWith('Your Member Alerts digest'));
    expect(digest?.text).toContain('Oadby parking order');
    expect(digest?.text).toContain('Oadby high street works');
    expect(digest?.text).toContain('You are a member for Oadby, which this affects (§35).');
    // Each item says whom to ask and links to its page; nothing a person reads is an ISO timestamp.
    expect(digest?.text).toContain('Who to ask: Helen Marsden, helen.marsden@leics.example');
    // And what to do, as each alert's own e-mail says it: once for each of the two.
    const todo =
      'What to do: For your information. You need do nothing; if you have questions, ask Helen Marsden.';
    expect(digest?.text.split(todo)).toHaveLength(3);
    expect(digest?.html).toContain('<strong>What to do:</strong> For your information.');
    // Both name Helen Marsden, so a reply goes to her, as it would from either alert's own e-mail.
    expect(digest?.replyTo).toEqual(['helen.marsden@leics.example']);
    // On a phone, a tap on the address writes to the officer.
    expect(digest?.html).toContain('<a href="mailto:helen.marsden@leics.example">');
    expect(digest?.text).toContain(`See it in Member Alerts: ${h.t.baseUrl}/app/events/${a}`);
    // The description's line breaks and paragraphs reach the member.
    expect(digest?.html).toContain(
      '<p>Parking bays on Sandhurst Street.<br>No waiting at any time.</p><p>The order takes effect in March.</p>',
    );
    expect(digest?.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(`${digest?.text}${digest?.html}`).not.toMatch(/\d{4}-\d\d-\d\dT/);
    const sent = (await rowsFor([a, b])).filter((r) => r.email === OADBY_MEMBER);
    expect(new Set(sent.map((r) => r.message_id)).size).toBe(1);
  });

  it('holds a non-urgent alert that falls in quiet hours until they end', async () => {
    const londonNow = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(new Date())
      .split(':')
      .map(Number);
    const hh = (n: number) => String((n + 24) % 24).padStart(2, '0');
    const quiet = {
      quietHoursStart: `${hh((londonNow[0] ?? 0) - 1)}:00`,
      quietHoursEnd: `${hh((londonNow[0] ?? 0) + 2)}:00`,
    };
    const put = await h.t.request('PUT', '/members/me/preferences', { key: KEYS.leader, body: quiet });
    expect(put.status, put.text).toBe(200);
    const id = await register({
      kind: 'service_change',
      title: 'Library hours change',
      divisions: ['Market Harborough West & Foxton'],
    });
    const [row] = (await rowsFor([id])).filter((r) => r.email === LEADER);
    expect(row?.status).toBe('created');
    const wait = new Date(row?.send_at ?? 0).getTime() - Date.now();
    expect(wait).toBeGreaterThan(60 * 60_000);
    expect(wait).toBeLessThanOrEqual(2 * 60 * 60_000 + 60_000);
  });
});
