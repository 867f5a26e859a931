import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, KEYS } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import { HAVE_CHROMIUM, launch, NO_CHROMIUM_MESSAGE } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const OLIVER = 'oliver.belgrave@members.leics.example'; // dev-member, m043, Oadby
const TITLE = 'Oadby library reopens after its new roof';

describe.skipIf(!HAVE_CHROMIUM)('a member opens the event from their e-mail, on a phone', () => {
  let h: DeliveryHarness;
  let browser: Browser;

  beforeAll(async () => {
    h = await startDelivery();
    await h.addWorker();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('follows the event link in the e-mail, reads what, when, where and whom to ask, and acknowledges', async () => {
    const made = await h.t.request('POST', '/events', {
      key: KEYS.officer,
      body: {
        kind: 'facility_event',
        title: TITLE,
        description: 'The library opens again on Thursday with a new roof and a longer Saturday.',
        venue: 'Oadby Library, Sandhurst Street',
        location: { type: 'Point', coordinates: [-1.082219, 52.598967] },
        startsAt: '2027-01-14T10:00:00Z',
        endsAt: '2027-01-14T12:00:00Z',
        contact: { name: 'Priya Shah', email: 'priya.shah@leics.example', phone: '0116 305 0000' },
        link: 'https://www.leicestershire.gov.uk/leisure-and-community/libraries/find-a-library/oadby',
      },
    });
    expect(made.status).toBe(201);
    const id = (made.body as { id: string }).id;

    // The e-mail, as it reached Oliver at the SMTP listener, and the event link in it.
    const mail = await expectEventually(
      () => Promise.resolve(h.sink.received.find((m) => m.to.includes(OLIVER) && m.subject.includes(TITLE))),
      (m) => m !== undefined,
      30_000,
    );
    const link = new RegExp(`https?://[^\\s"<>]+/app/events/${id}`).exec(mail?.text ?? '')?.[0];
    expect(link, mail?.text).toBeDefined();

    const context = await browser.newContext({
      baseURL: h.t.baseUrl,
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      // Signed out, the link asks them to sign in first and then opens the event.
      await page.goto(link ?? '');
      await page.waitForURL('**/app/sign-in');
      await page.getByRole('button', { name: 'Sign in as Development member (m043, Oadby)' }).click();
      await page.waitForURL(`**/app/events/${id}`);
      await page.getByRole('heading', { name: TITLE }).waitFor();
      const body = page.locator('main');
      const text = await body.textContent();
      expect(text).toContain('The library opens again on Thursday with a new roof and a longer Saturday.');
      expect(text).toContain('Oadby Library, Sandhurst Street');
      expect(text).toContain('Thursday 14 January 2027, 10am to midday');
      expect(text).toContain('Member for Oadby, where it happens (§28)');
      expect(await page.getByRole('link', { name: 'priya.shah@leics.example' }).getAttribute('href')).toBe(
        'mailto:priya.shah@leics.example',
      );
      expect(await page.getByRole('link', { name: '0116 305 0000' }).getAttribute('href')).toBe(
        'tel:01163050000',
      );
      // Nothing officers only see, and no machine words.
      expect(text).not.toContain('Circulation');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // The map zooms to Oadby with an animation: the picture is taken once it has settled.
      await page.waitForFunction(() => document.querySelectorAll('.app-map path').length > 0);
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
      await page.screenshot({ path: '/tmp/member-event.png', fullPage: true });

      await page.getByRole('button', { name: /^Acknowledge/ }).click();
      await expect.poll(() => page.getByTestId('alert-state').textContent()).toContain('Acknowledged');
      await page.screenshot({ path: '/tmp/member-event-acknowledged.png', fullPage: true });
      const [row] = await h.t.sql<{ status: string }>(
        "SELECT status FROM notifications WHERE event_id = $1 AND recipient_kind = 'member' AND email = $2",
        [id, OLIVER],
      );
      expect(row?.status).toBe('acknowledged');
    } finally {
      await context.close();
    }
  });
});
