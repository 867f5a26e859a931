import { describe, expect, it } from 'vitest';
import { leicestershirePolicy } from '../../../../tools/testing/fixtures';
import { SAMPLE_NOTIFICATION } from '../../test/sample-notification';
import { composeMessage } from './compose-message';
import { composeText, smsFragments } from './compose-text';
import { councilWording, type MessageInput } from './message-input';

const input: MessageInput & { mobile: string } = {
  notification: { ...SAMPLE_NOTIFICATION, action: 'notify' },
  event: {
    kind: 'major_incident',
    title: 'Chemical fire at Wigston industrial estate – residents asked to stay indoors',
    startsAt: '2027-01-11T19:00:00Z',
    description: 'Call the duty officer on 0116 305 0001 for details about the residents affected.',
    contact: { name: 'Raj Patel', email: 'raj.patel@leics.example', phone: '0116 305 0001' },
  },
  plan: { paragraph: '35', summary: 'Major incidents.', affectedDivisions: ['Wigston Meadowcourt', 'Oadby'] },
  changes: [],
  ackUrl: 'http://localhost:3000/alerts/1111/acknowledge?expires=1&token=abc',
  eventUrl: 'https://alerts.leics.example/app/events/22222222-2222-4222-8222-222222222222',
  organiser: { name: 'Member Alerts', email: 'alerts@council.example' },
  council: councilWording(leicestershirePolicy()),
  mobile: '+447700900123',
};

describe('the text message', () => {
  it('says what, where and when, with the link, to the member’s mobile, in one or two fragments', () => {
    const t = composeText(input);
    expect(t.to).toBe('+447700900123');
    expect(t.body).toBe(
      [
        'Member alert: Chemical fire at Wigston industrial estate - residents asked to stay indoors',
        'Where: Wigston Meadowcourt, Oadby',
        'When: Monday 11 January 2027, 19:00',
        input.eventUrl,
      ].join('\n'),
    );
    expect(t.fragments).toBeLessThanOrEqual(2);
    expect(t.reference).toBe(input.notification.id);
  });

  it('holds nothing personal beyond the e-mail: no name, no address, no contact, no description', () => {
    const { body } = composeText(input);
    const email = composeMessage(input).text;
    for (const personal of ['Oliver', 'Belgrave', '@', '0116', 'Raj Patel', 'duty officer', 'acknowledge'])
      expect(body).not.toContain(personal);
    // What it does say, the e-mail says too.
    for (const line of ['Wigston Meadowcourt', 'Monday 11 January 2027, 19:00', input.eventUrl])
      expect(email).toContain(line);
  });

  it('says cancelled or updated first', () => {
    const cancelled = composeText({ ...input, notification: { ...input.notification, change: 'cancelled' } });
    const updated = composeText({ ...input, notification: { ...input.notification, change: 'updated' } });
    expect(cancelled.body.split('\n')[0]).toMatch(/^Cancelled: Chemical fire/);
    expect(updated.body.split('\n')[0]).toMatch(/^Updated: Chemical fire/);
  });

  it('stays within three fragments for a long title over many divisions, shortening the title and the list', () => {
    const many = Array.from({ length: 30 }, (_, i) => `Division number ${i + 1} of the area`);
    const t = composeText({
      ...input,
      event: { ...input.event, title: 'A very long title '.repeat(30) },
      plan: { ...input.plan, affectedDivisions: many },
    });
    expect(t.fragments).toBeLessThanOrEqual(3);
    expect(smsFragments(t.body)).toBe(t.fragments);
    expect(t.body).toMatch(/^Member alert: A very long title .*\.\.\.\n/);
    expect(t.body).toMatch(/\nWhere: Division number 1 of the area, .*and (2[0-9]) more\n/);
    expect(t.body.endsWith(input.eventUrl)).toBe(true);
  });

  it('keeps to GSM characters, so that a fragment carries 160, not 70', () => {
    const t = composeText({ ...input, event: { ...input.event, title: '“Quoted” – and ‘this’…' } });
    expect(t.body.split('\n')[0]).toBe('Member alert: "Quoted" - and \'this\'...');
    expect(smsFragments('a'.repeat(160))).toBe(1);
    expect(smsFragments('a'.repeat(161))).toBe(2);
    expect(smsFragments('€'.repeat(80))).toBe(1);
    expect(smsFragments('ł'.repeat(71))).toBe(2);
  });
});
