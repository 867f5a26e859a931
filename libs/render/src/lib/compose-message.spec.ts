import { describe, expect, it } from 'vitest';
import { composeDigest } from './compose-digest';
import { composeMessage } from './compose-message';
import { leicestershirePolicy } from '../../../../tools/testing/fixtures';
import { SAMPLE_NOTIFICATION } from '../../test/sample-notification';
import { councilWording, type MessageInput } from './message-input';

const COUNCIL = councilWording(leicestershirePolicy());

const base: MessageInput = {
  notification: SAMPLE_NOTIFICATION,
  event: {
    kind: 'road_works',
    title: 'A6 <b>resurfacing</b> & "closures"',
    startsAt: '2027-01-11T20:00:00Z',
  },
  plan: { paragraph: '35', summary: 'Major road works.', affectedDivisions: ['Oadby', 'Gartree'] },
  changes: [],
  ackUrl: 'http://localhost:3000/alerts/1111/acknowledge?expires=1&token=abc',
  eventUrl: 'http://localhost:3000/app/events/22222222-2222-4222-8222-222222222222',
  organiser: { name: 'Member Alerts', email: 'alerts@council.example' },
  council: COUNCIL,
};

describe('the alert e-mail', () => {
  const m = composeMessage(base);

  it('says what, where and when, and every reason with its paragraph', () => {
    expect(m.subject).toBe('Member alert: A6 <b>resurfacing</b> & "closures"');
    expect(m.text).toContain('Where: Oadby and Gartree');
    expect(m.text).toContain('When: Monday 11 January 2027, 20:00');
    expect(m.text).toContain('You are a member for Oadby, which this affects (§35).');
    expect(m.text).toContain('You are the Leader of the Council to be told of this (§36).');
    expect(m.text).toContain(base.ackUrl);
  });

  it('says where by venue, when in London summer time, what to do and whom to ask, with Reply-To', () => {
    const summer = composeMessage({
      ...base,
      notification: { ...base.notification, action: 'notify' },
      event: {
        ...base.event,
        kind: 'press_enquiry',
        venue: 'Oadby Library, Sandhurst Street',
        startsAt: '2027-07-14T18:00:00Z',
        endsAt: '2027-07-14T20:00:00Z',
        respondBy: '2027-07-13T16:00:00Z',
        contact: { name: 'Raj Patel', email: 'raj.patel@leics.example', phone: '0116 305 0001' },
        link: 'https://www.leicestershire.gov.uk/a6',
      },
    });
    expect(summer.text).toContain('Where: Oadby Library, Sandhurst Street\nDivisions: Oadby and Gartree');
    expect(summer.text).toContain('When: Wednesday 14 July 2027, 19:00 to 21:00');
    expect(summer.text).toContain('What to do: Respond by Tuesday 13 July 2027, 17:00');
    expect(summer.text).toContain('Who to ask: Raj Patel, raj.patel@leics.example, 0116 305 0001');
    expect(summer.text).toContain('More information: https://www.leicestershire.gov.uk/a6');
    expect(summer.text).toContain(`See it in Member Alerts: ${base.eventUrl}`);
    expect(summer.replyTo).toEqual({ name: 'Raj Patel', address: 'raj.patel@leics.example' });
    expect(summer.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(summer.text + summer.html).not.toMatch(/\d{4}-\d\d-\d\dT|startsAt|respondBy/);
  });

  it.each([
    ['invite', 'You are invited.'],
    ['notify', 'For your information.'],
    ['inform', 'For your information.'],
  ] as const)('tells a member what to do for %s', (action, words) => {
    const m = composeMessage({ ...base, notification: { ...base.notification, action } });
    expect(m.text).toContain(`What to do: ${words}`);
  });

  it('gives a cancellation its reason in words, not as recorded', () => {
    const cancelled = composeMessage({
      ...base,
      notification: { ...base.notification, change: 'cancelled' },
      changes: ['cancelled: funding withdrawn'],
    });
    expect(cancelled.text).toContain('This has been cancelled.');
    expect(cancelled.text).toContain('- The reason given: funding withdrawn');
    expect(cancelled.text).not.toContain('cancelled:');
    const bare = composeMessage({
      ...base,
      notification: { ...base.notification, change: 'cancelled' },
      changes: ['cancelled'],
    });
    expect(bare.text).not.toContain('What changed');
  });

  it('escapes event text in the HTML and keeps it accessible', () => {
    expect(m.html).not.toContain('<b>resurfacing</b>');
    expect(m.html).toContain('A6 &lt;b&gt;resurfacing&lt;/b&gt; &amp; &quot;closures&quot;');
    expect(m.html).toMatch(/<html lang="en">/);
    expect(m.html).toMatch(/<h2[^>]*>Why you are receiving this<\/h2>/);
  });

  it('keeps a subject on one line whatever the title holds', () => {
    const evil = composeMessage({
      ...base,
      event: { ...base.event, title: 'Line one\r\nBcc: victim@example.org' },
    });
    expect(evil.subject).not.toMatch(/[\r\n]/);
  });

  it('attaches no calendar to a notification, and a REQUEST to an invitation with a start', () => {
    expect(m.calendar).toBeUndefined();
    const invite = composeMessage({ ...base, notification: { ...base.notification, action: 'invite' } });
    expect(invite.subject).toMatch(/^Invitation: /);
    expect(invite.calendar?.method).toBe('REQUEST');
    expect(invite.calendar?.content).toMatch(/UID:22222222-2222-4222-8222-222222222222@member-alerts/);
    expect(invite.calendar?.content).toMatch(/SEQUENCE:0/);
  });

  it('tells a member who is no longer affected, without reasons, and cancels their invitation', () => {
    const removed = composeMessage({
      ...base,
      notification: {
        ...base.notification,
        action: 'invite',
        change: 'removed',
        eventVersion: 2,
        reasons: [],
      },
      changes: ['location changed'],
    });
    expect(removed.subject).toMatch(/^No longer affects you: /);
    expect(removed.text).toContain('What changed:\n- location changed');
    expect(removed.text).not.toContain('Why you are receiving this');
    expect(removed.calendar?.method).toBe('CANCEL');
  });
});

describe("the description's paragraphs and line breaks", () => {
  const description =
    'The road closes overnight.\r\nDiversion via <Harborough Road> & the A6.\n\n\nResidents may park at\nOadby Library.';

  it('keeps them in the e-mail, escaped, as paragraphs and line breaks', () => {
    const m = composeMessage({ ...base, event: { ...base.event, description } });
    expect(m.html).toContain(
      '<p>The road closes overnight.<br>Diversion via &lt;Harborough Road&gt; &amp; the A6.</p><p>Residents may park at<br>Oadby Library.</p>',
    );
    expect(m.text).toContain(
      'The road closes overnight.\nDiversion via <Harborough Road> & the A6.\n\nResidents may park at\nOadby Library.',
    );
  });

  it('keeps them in the daily digest too', () => {
    const d = composeDigest(
      'Oliver Belgrave',
      [
        {
          notificationId: 'a',
          title: 'A6 resurfacing',
          summary: 'Major road works.',
          description,
          where: 'Oadby',
          whatToDo: 'For your information. You need do nothing.',
          eventUrl: base.eventUrl,
          change: 'new',
          reasons: [{ relation: 'local', paragraph: '35', division: 'Oadby' }],
          ackUrl: base.ackUrl,
        },
      ],
      COUNCIL,
    );
    expect(d.html).toContain(
      '<p>The road closes overnight.<br>Diversion via &lt;Harborough Road&gt; &amp; the A6.</p><p>Residents may park at<br>Oadby Library.</p>',
    );
    expect(d.text).toContain(
      '   The road closes overnight.\n   Diversion via <Harborough Road> & the A6.\n\n   Residents may park at\n   Oadby Library.',
    );
  });
});
