import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { rows, startDelivery, type DeliveryHarness } from './support/delivery-harness';
import type { ReceivedMail } from './support/smtp-sink';

let h: DeliveryHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface ParsedCalendar {
  method: string;
  events: {
    uid: string;
    sequence: number;
    dtstart: string;
    dtend: string | null;
    location: string;
    description: string;
    organizer: string;
    organizerName: string;
    attendees: string[];
  }[];
}

// Debian's python3-icalendar, a parser that has nothing to do with the library that wrote the file.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
function parseIcs(ics: string): ParsedCalendar {
  const out = execFileSync(PYTHON, [join(__dirname, 'support', 'parse-ics.py')], { input: ics });
  return JSON.parse(out.toString('utf8')) as ParsedCalendar;
}

const MEMBER = 'oliver.belgrave@members.leics.example';
const ISO = /\d{4}-\d\d-\d\dT/;

async function register(harness: DeliveryHarness, body: Record<string, unknown>) {
  const r = await harness.t.request('POST', '/events', { key: KEYS.officer, body });
  if (r.status !== 201) throw new Error(`POST /events answered ${r.status}: ${r.text}`);
  return (r.body as { id: string }).id;
}

async function mailsTo(harness: DeliveryHarness, count: number): Promise<ReceivedMail[]> {
  return expectEventually(
    () => Promise.resolve(harness.sink.received.filter((m) => m.to.includes(MEMBER))),
    (ms) => ms.length >= count,
  );
}

describe('the alert a councillor reads', () => {
  it('in summer: venue, London time, contact with Reply-To, links, viewport, and an invitation a parser reads', async () => {
    h = await startDelivery();
    await h.addWorker();
    const id = await register(h, {
      kind: 'facility_event',
      title: 'Opening of Oadby library',
      description: 'The new children’s library opens; the chair will say a few words.',
      venue: 'Oadby Library, Sandhurst Street',
      divisions: ['Oadby'],
      startsAt: '2027-07-14T18:00:00Z',
      endsAt: '2027-07-14T20:00:00Z',
      contact: { name: 'Raj Patel', email: 'raj.patel@leics.example', phone: '0116 305 0001' },
      link: 'https://www.leicestershire.gov.uk/libraries/oadby',
    });
    const [mail] = await mailsTo(h, 1);
    if (!mail) throw new Error('no e-mail');
    expect(mail.replyTo).toEqual(['raj.patel@leics.example']);
    expect(mail.text).toContain('Where: Oadby Library, Sandhurst Street');
    expect(mail.text).toContain('Divisions: Oadby');
    expect(mail.text).toContain('When: Wednesday 14 July 2027, 19:00 to 21:00');
    expect(mail.text).toContain('What to do: You are invited.');
    expect(mail.text).toContain('Who to ask: Raj Patel, raj.patel@leics.example, 0116 305 0001');
    expect(mail.text).toContain('The new children’s library opens');
    expect(mail.text).toContain('More information: https://www.leicestershire.gov.uk/libraries/oadby');
    expect(mail.text).toContain(`See it in Member Alerts: ${h.t.baseUrl}/app/events/${id}`);
    expect(mail.text).toMatch(/Please confirm you have read this: http\S+acknowledge/);
    expect(mail.text + mail.html).not.toMatch(ISO);
    expect(mail.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(mail.html).toContain(`href="${h.t.baseUrl}/app/events/${id}"`);

    const cal = parseIcs(mail.calendar ?? '');
    expect(cal.method).toBe('REQUEST');
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]).toMatchObject({
      uid: `${id}@member-alerts`,
      sequence: 0,
      dtstart: '2027-07-14T18:00:00+00:00',
      dtend: '2027-07-14T20:00:00+00:00',
      location: 'Oadby Library, Sandhurst Street',
      organizer: 'mailto:raj.patel@leics.example',
      organizerName: 'Raj Patel',
    });
    expect(cal.events[0]?.attendees).toEqual([`mailto:${MEMBER}`]);
    expect(cal.events[0]?.description).toContain('The new children’s library opens');
    expect(cal.events[0]?.description).toContain('https://www.leicestershire.gov.uk/libraries/oadby');
  });

  it("in winter: the key's contact when none is given, and a change said in words and London time", async () => {
    h = await startDelivery();
    await h.addWorker();
    const id = await register(h, {
      kind: 'public_meeting',
      title: 'Oadby parking consultation meeting',
      venue: 'Oadby Methodist Church Hall',
      divisions: ['Oadby'],
      startsAt: '2026-12-12T10:30:00.000Z',
      endsAt: '2026-12-12T12:00:00Z',
    });
    await mailsTo(h, 1);
    const patch = await h.t.request('PATCH', `/events/${id}`, {
      key: KEYS.officer,
      body: { startsAt: '2026-12-12T11:00:00Z' },
    });
    expect(patch.status, patch.text).toBe(200);
    await expectEventually(
      () => rows(h!.t, [id]),
      (rs) => rs.filter((r) => r.event_version === 2).every((r) => r.status === 'sent'),
    );
    const [first, update] = await mailsTo(h, 2);
    if (!first || !update) throw new Error('missing e-mails');
    // The development officer key's contact: Helen Marsden, from officers.csv.
    expect(first.replyTo).toEqual(['helen.marsden@leics.example']);
    expect(first.text).toContain('When: Saturday 12 December 2026, 10:30 to 12:00');
    expect(update.text).toContain('The start moved from 10:30am to 11am on Saturday 12 December.');
    expect(update.text).toContain('When: Saturday 12 December 2026, 11:00 to 12:00');
    for (const m of [first, update]) expect(m.text + m.html).not.toMatch(ISO);
    expect(update.text).not.toMatch(/startsAt|changed from "/);

    const [before, after] = [parseIcs(first.calendar ?? ''), parseIcs(update.calendar ?? '')];
    expect([before.method, after.method]).toEqual(['REQUEST', 'REQUEST']);
    expect(before.events[0]).toMatchObject({
      uid: `${id}@member-alerts`,
      sequence: 0,
      dtstart: '2026-12-12T10:30:00+00:00',
      location: 'Oadby Methodist Church Hall',
      organizer: 'mailto:helen.marsden@leics.example',
    });
    expect(after.events[0]).toMatchObject({
      uid: `${id}@member-alerts`,
      sequence: 1,
      dtstart: '2026-12-12T11:00:00+00:00',
      dtend: '2026-12-12T12:00:00+00:00',
    });
    expect(after.events[0]?.attendees).toEqual([`mailto:${MEMBER}`]);
  });
});
