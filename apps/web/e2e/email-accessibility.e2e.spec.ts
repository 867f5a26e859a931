import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDigest, composeMessage, councilWording, type MessageInput } from '@member-alerts/render';
import { SAMPLE_NOTIFICATION } from '../../../libs/render/test/sample-notification';
import { leicestershirePolicy } from '../../../tools/testing/fixtures';
import { HAVE_CHROMIUM, launch, NO_CHROMIUM_MESSAGE, SCREENSHOTS } from './support/browser';
import { wcagFailures } from './support/accessibility';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const contact = { name: 'Raj Patel', email: 'raj.patel@leics.example', phone: '0116 305 0001' };
const council = councilWording(leicestershirePolicy());
const alert: MessageInput = {
  notification: {
    ...SAMPLE_NOTIFICATION,
    action: 'invite',
    reasons: [
      { relation: 'local', paragraph: '28', division: 'Oadby' },
      { relation: 'escalation', paragraph: '36', role: 'leader' },
    ],
  },
  event: {
    kind: 'facility_event',
    title: 'Opening of the new Oadby Library',
    venue: 'Oadby Library, Sandhurst Street',
    description:
      'The new library opens with a short ceremony.\nTea and coffee from 6:45pm.\n\nPlease tell us by 1 July if you will come.',
    startsAt: '2027-07-14T18:00:00Z',
    endsAt: '2027-07-14T20:00:00Z',
    contact,
    link: 'https://www.leicestershire.gov.uk/libraries',
  },
  plan: { paragraph: '28', summary: 'A facility event in the division.', affectedDivisions: ['Oadby'] },
  council,
  changes: [],
  ackUrl: 'https://alerts.leics.example/alerts/1111/acknowledge?expires=1&token=abc',
  eventUrl: 'https://alerts.leics.example/app/events/22222222-2222-4222-8222-222222222222',
  organiser: { name: 'Member Alerts', email: 'alerts@leics.example' },
};

const messages: [string, string][] = [
  ['an invitation', composeMessage(alert).html],
  [
    'a change',
    composeMessage({
      ...alert,
      notification: { ...alert.notification, change: 'updated', eventVersion: 2 },
      changes: ['The start moved from 7pm to 7:30pm on Wednesday 14 July 2027'],
    }).html,
  ],
  [
    'a cancellation',
    composeMessage({ ...alert, notification: { ...alert.notification, change: 'cancelled' } }).html,
  ],
  [
    'a daily digest',
    composeDigest(
      'Oliver Belgrave',
      [
        {
          notificationId: 'a',
          title: 'Oadby parking order',
          summary: 'A Chief Officer delegated decision relating to the division.',
          description:
            'Parking bays on Sandhurst Street.\nNo waiting at any time.\n\nThe order takes effect in March.',
          where: 'Oadby',
          whatToDo: 'For your information. You need do nothing; if you have questions, ask Raj Patel.',
          contact,
          eventUrl: alert.eventUrl,
          change: 'updated',
          reasons: [{ relation: 'local', paragraph: '35', division: 'Oadby' }],
          ackUrl: alert.ackUrl,
        },
      ],
      council,
    ).html,
  ],
];

describe.skipIf(!HAVE_CHROMIUM)('the e-mails against WCAG 2.2 AA, as a phone shows them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(messages)('finds no failures in %s', async (what, html) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.setContent(html);
      const failures = await wcagFailures(page, what);
      expect(failures).toEqual([]);
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: join(SCREENSHOTS, `e-mail ${what}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
