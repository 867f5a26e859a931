import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDraft, OADBY_ENQUIRY } from '../../api/test/support/drafts';
import { expectEventually, KEYS } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import { wcagFailures } from './support/accessibility';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const OLIVER = 'oliver.belgrave@members.leics.example'; // m043, Oadby
const DAY = 86_400_000;

/** At 320 px the page wraps and never scrolls sideways; a screenshot to look at, then back to the desktop. */
async function fitsOnAPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
  ).toBe(true);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1200, height: 900 });
}

describe.skipIf(!HAVE_CHROMIUM)('drafts in the web console, in Chromium', () => {
  let h: DeliveryHarness;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startDelivery();
    await h.addWorker();
    browser = await launch();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await h?.close();
  });

  it('an officer opens a press enquiry that arrived by e-mail, confirms it, and the Oadby members are told without the sender', async () => {
    // As the mailbox poller makes them: one that arrived today, one left untouched for a fortnight.
    await insertDraft(h.t, { ...OADBY_ENQUIRY, key: '<library@daily-prophet.example>' });
    await insertDraft(h.t, {
      ...OADBY_ENQUIRY,
      key: '<old@daily-prophet.example>',
      title: 'Gritting routes in Wigston this winter',
      description: 'Which roads in Wigston will be gritted this winter?',
      divisions: [],
      places: [],
      notes: ['Wigston is not a division name: no division was found.'],
      receivedAt: new Date(Date.now() - 14 * DAY),
    });

    const opened = await newPage(browser, h.t.baseUrl);
    context = opened.context;
    const officer = opened.page;
    await signInAs(officer, 'Development officer');
    await officer.getByRole('link', { name: 'Drafts' }).first().click();
    await officer.waitForURL('**/app/drafts');
    const table = officer.getByTestId('drafts');
    const library = table.getByRole('row').filter({ hasText: OADBY_ENQUIRY.title });
    const gritting = table.getByRole('row').filter({ hasText: 'Gritting routes in Wigston' });
    await library.waitFor();
    expect(await library.textContent()).toContain('E-mail to a shared mailbox');
    expect(await library.textContent()).toContain('Oadby (division); LE2 5AA (postcode, in Oadby)');
    expect(await library.textContent()).not.toContain('Waiting 3 working days');
    expect(await gritting.textContent()).toContain('Waiting 3 working days');
    expect(await officer.locator('.app-map').count()).toBe(1);
    // Nobody is told while it is a draft, and the list never shows who wrote.
    expect(await table.textContent()).not.toContain('Rita Skeeter');
    await screenshot(officer, 'drafts-list');
    expect(await wcagFailures(officer, '/drafts')).toEqual([]);
    await fitsOnAPhone(officer, 'drafts-list-320');

    await library.getByRole('link', { name: OADBY_ENQUIRY.title }).click();
    await officer.waitForURL(/\/app\/drafts\/[0-9a-f-]{36}$/);
    const marked = officer.getByTestId('draft-text').getByTestId('place-found');
    await expect.poll(() => marked.count()).toBe(2);
    expect((await marked.allTextContents()).map((t) => t.replace(/ \(place found.*$/, ''))).toEqual([
      'Oadby',
      'LE2 5AA',
    ]);
    expect(await officer.getByLabel('Title').inputValue()).toBe(OADBY_ENQUIRY.title);
    expect(await officer.getByLabel('Kind of event').inputValue()).toBe('press_enquiry');
    expect(await officer.getByTestId('draft-original').textContent()).toContain(
      'From: Rita Skeeter <rita.skeeter@daily-prophet.example>',
    );
    expect(await officer.getByTestId('draft-sender').textContent()).toContain('never sent to members');
    // The preview names the Oadby members before anything is sent.
    await expect
      .poll(() => officer.getByTestId('recipients').textContent(), { timeout: 20_000 })
      .toContain('Oliver Belgrave');
    await screenshot(officer, 'draft-open');
    // The highlighted text, the filled-in form and the original, as a screen reader meets them.
    expect(await wcagFailures(officer, '/drafts/{id}')).toEqual([]);
    await fitsOnAPhone(officer, 'draft-open-320');
    expect(h.sink.received.filter((m) => m.to.includes(OLIVER))).toEqual([]);

    await officer.getByRole('button', { name: 'Confirm and send the alerts' }).click();
    await officer.waitForURL(/\/app\/events\/[0-9a-f-]{36}$/);
    const eventId = officer.url().split('/').pop() ?? '';

    const mail = await expectEventually(
      () => Promise.resolve(h.sink.received.find((m) => m.to.includes(OLIVER))),
      (m) => m !== undefined,
      30_000,
    );
    expect(mail?.subject).toContain(OADBY_ENQUIRY.title);
    // The sender's name and address never reach a member.
    for (const m of h.sink.received)
      expect([m.subject, m.text, m.html, m.calendar ?? '', ...m.replyTo].join('\n')).not.toMatch(
        /Rita|Skeeter|daily-prophet/i,
      );
    const stored = (await h.t.request('GET', `/events/${eventId}`, { key: KEYS.officer })).body as {
      title: string;
    };
    expect(stored.title).toBe(OADBY_ENQUIRY.title);

    // Back on the list, it has gone from those waiting.
    await officer.getByRole('link', { name: 'Drafts' }).first().click();
    await expect.poll(() => library.count()).toBe(0);

    // The other is not for members: dismiss it, with a reason.
    await gritting.getByRole('link', { name: 'Gritting routes in Wigston this winter' }).click();
    await officer.getByRole('button', { name: 'Dismiss this draft' }).click();
    const confirm = officer.getByTestId('confirm-dismiss');
    await confirm.getByRole('button', { name: 'Yes, dismiss it' }).click();
    // No reason: refused in words, nothing changes.
    await expect.poll(() => confirm.textContent()).toContain('Say why this draft is dismissed');
    await officer
      .getByLabel('Why need members not be told?')
      .fill('Answered by the highways team; no division matter');
    await screenshot(officer, 'draft-dismiss');
    await confirm.getByRole('button', { name: 'Yes, dismiss it' }).click();
    await officer.getByTestId('draft-decided').waitFor();
    expect(await officer.getByTestId('draft-decided').textContent()).toContain(
      '"Gritting routes in Wigston this winter" is dismissed. Nobody is told.',
    );
    await expect.poll(() => officer.getByTestId('no-drafts').count()).toBe(1);
    const [line] = await h.t.sql<{ actor: string; details: { reason: string } }>(
      `SELECT actor, details FROM audit_log WHERE action = 'draft.dismissed'`,
    );
    expect(line?.details.reason).toBe('Answered by the highways team; no division matter');
    expect(line?.actor).toBe('Development officer');
  }, 180_000);
});
