import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/test/support/oidc-provider';
import { expectEventually, KEYS } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const OLIVER = 'oliver.belgrave@members.leics.example'; // m043, Oadby
const TITLE = 'Oadby swimming pool closes for a week';

describe.skipIf(!HAVE_CHROMIUM)(
  'a councillor signs in by e-mail link and acknowledges in the console',
  () => {
    let h: DeliveryHarness;
    let browser: Browser;

    beforeAll(async () => {
      // The API's own address as PUBLIC_URL, so sign-in sends the browser back to it, as in production.
      const port = await freePort();
      const publicUrl = `http://127.0.0.1:${port}`;
      h = await startDelivery({ api: { PORT: String(port), PUBLIC_URL: publicUrl } });
      await h.addWorker();
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await h?.close();
    });

    /** The newest e-mail to Oliver whose subject says `subject`, once it reaches the SMTP listener. */
    async function mailTo(subject: string, after: number): Promise<string> {
      const mail = await expectEventually(
        () =>
          Promise.resolve(
            h.sink.received.slice(after).find((m) => m.to.includes(OLIVER) && m.subject.includes(subject)),
          ),
        (m) => m !== undefined,
        30_000,
      );
      return mail?.text ?? '';
    }

    /** From the console's sign-in page: asks for a link, opens it from the e-mail, presses Sign in. */
    async function signInByEmail(page: Page): Promise<void> {
      const before = h.sink.received.length;
      await page.getByLabel('Your e-mail address').fill(OLIVER);
      await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
      await page
        .getByRole('status')
        .getByText(/a sign-in link is on its way/)
        .waitFor();
      const text = await mailTo('sign-in link', before);
      const link = /(http:\/\/\S+\/auth\/email-link\/sign-in\?token=[\w-]+)/.exec(text)?.[1];
      expect(link, text).toBeDefined();
      await page.goto(link ?? '');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Oliver Belgrave (Member, Oadby)').waitFor();
    }

    it('from the e-mails to the acknowledgement the officer sees', async () => {
      const made = await h.t.request('POST', '/events', {
        key: KEYS.officer,
        body: {
          kind: 'facility_event',
          title: TITLE,
          description: 'The pool closes from Monday for repairs to its roof.',
          venue: 'Parklands Leisure Centre, Oadby',
          location: { type: 'Point', coordinates: [-1.082219, 52.598967] },
          startsAt: '2027-02-01T07:00:00Z',
          endsAt: '2027-02-07T21:00:00Z',
          contact: { name: 'Priya Shah', email: 'priya.shah@leics.example' },
        },
      });
      expect(made.status, made.text).toBe(201);
      const id = (made.body as { id: string }).id;
      const alert = await mailTo(TITLE, 0);
      const eventLink = new RegExp(`See it in Member Alerts: (https?://\\S+/app/events/${id})`).exec(
        alert,
      )?.[1];
      expect(eventLink, alert).toBeDefined();

      const member = await newPage(browser, h.t.baseUrl);
      try {
        const page = member.page;
        // First sign-in by e-mail link, in Chromium: the Sign in button works.
        await page.goto('/app/');
        await page.waitForURL('**/app/sign-in');
        await signInByEmail(page);
        await page.getByRole('heading', { name: 'My alerts' }).waitFor();
        await screenshot(page, 'councillor-signed-in-by-email-link');

        // Signed out, the alert e-mail's link asks for sign-in, and sign-in returns to the event.
        await page.getByRole('link', { name: 'Sign out' }).click();
        await page.getByRole('heading', { name: 'Sign in to Member Alerts' }).waitFor();
        await page.goto(eventLink ?? '');
        await page.waitForURL('**/app/sign-in');
        await signInByEmail(page);
        await page.waitForURL(`**/app/events/${id}`);
        await page.getByRole('heading', { name: TITLE }).waitFor();

        await page.getByRole('button', { name: /^Acknowledge/ }).click();
        await page.getByText('Thank you: the alert is acknowledged.').waitFor();
        await expect.poll(() => page.getByTestId('alert-state').textContent()).toContain('Acknowledged');
        // Still on the event, still signed in.
        expect(new URL(page.url()).pathname).toBe(`/app/events/${id}`);
        await page.getByText('Oliver Belgrave (Member, Oadby)').waitFor();
        await screenshot(page, 'councillor-acknowledged-in-console');

        // My alerts says it was read, and nothing beside it suggests otherwise.
        await page.getByRole('link', { name: 'All my alerts' }).click();
        const card = page.getByTestId('alert').filter({ hasText: TITLE });
        await expect.poll(() => card.textContent()).toContain('Acknowledged');
        expect(await card.locator('.govuk-caption-m').textContent()).toBe('Event or facility opening (§28)');
        await screenshot(page, 'councillor-my-alerts-acknowledged');
      } finally {
        await member.context.close();
      }

      const officer = await newPage(browser, h.t.baseUrl);
      try {
        const page = officer.page;
        await signInAs(page, 'Development officer');
        // A development key lives in the page's memory only: the event is reached through Events.
        await page.getByRole('link', { name: TITLE }).click();
        await page.waitForURL(`**/app/events/${id}`);
        await page.getByRole('heading', { name: TITLE }).waitFor();
        const row = page.locator(`tr[data-recipient="${OLIVER}"]`);
        await expect.poll(() => row.getByTestId('acknowledged').textContent()).toMatch(/^Yes, /);
        expect(await row.getByTestId('status').textContent()).toBe('Acknowledged');
        await screenshot(page, 'councillor-acknowledgement-officer-view');
      } finally {
        await officer.context.close();
      }
    });
  },
);
