import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMail, type Dovecot, startDovecot } from '../../../tools/testing/dovecot';
import { expectEventually } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const OLIVER = 'oliver.belgrave@members.leics.example'; // m043, Oadby
const TITLE = 'Closure of the library on Sandhurst Street';

const ENQUIRY = [
  'From: Ada Inkwell <ada.inkwell@evening-echo.example>',
  'To: press@council.example',
  `Subject: ${TITLE}`,
  'Message-ID: <whole-path-1@evening-echo.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Is it true that the library at LE2 5AA in Oadby will close next month?',
  'We would like a comment by Friday.',
  '',
  'Ada Inkwell',
  '',
].join('\r\n');

describe.skipIf(!HAVE_CHROMIUM)('a press enquiry from the shared mailbox to the members, in Chromium', () => {
  let dovecot: Dovecot;
  let h: DeliveryHarness;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    dovecot = await startDovecot();
    h = await startDelivery();
    await h.addWorker({
      MAILBOXES: 'press',
      MAILBOX_PRESS_HOST: dovecot.host,
      MAILBOX_PRESS_PORT: String(dovecot.port),
      MAILBOX_PRESS_TLS: 'no',
      MAILBOX_PRESS_USER: dovecot.user,
      MAILBOX_PRESS_PASSWORD: dovecot.password,
      MAILBOX_PRESS_KIND: 'press_enquiry',
      MAILBOX_EVERY_MS: '500',
      MAILBOX_TIMEOUT_MS: '5000',
    });
    browser = await launch();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await h?.close();
    await dovecot?.stop();
  });

  it('an e-mail to the press mailbox becomes a draft with its division; the officer confirms it and the Oadby members are told without the sender', async () => {
    await appendMail(dovecot, [ENQUIRY]);
    await expectEventually(
      () => h.t.sql<{ n: string }>(`SELECT count(*) AS n FROM drafts WHERE source = 'mailbox'`),
      (r) => r[0]?.n === '1',
      30_000,
    );

    const opened = await newPage(browser, h.t.baseUrl);
    context = opened.context;
    const officer = opened.page;
    await signInAs(officer, 'Development officer');
    await officer.getByRole('link', { name: 'Drafts' }).first().click();
    await officer.waitForURL('**/app/drafts');
    const row = officer.getByTestId('drafts').getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('E-mail to a shared mailbox');
    expect(await row.textContent()).toContain('LE2 5AA (postcode, in Oadby)');
    expect(await officer.getByTestId('drafts').textContent()).not.toMatch(/Ada|Inkwell|evening-echo/);
    await screenshot(officer, 'drafts-from-mailbox-list');

    await row.getByRole('link', { name: TITLE }).click();
    await officer.waitForURL(/\/app\/drafts\/[0-9a-f-]{36}$/);
    expect(await officer.getByLabel('Kind of event').inputValue()).toBe('press_enquiry');
    await expect
      .poll(() => officer.getByTestId('recipients').textContent(), { timeout: 20_000 })
      .toContain('Oliver Belgrave');
    await screenshot(officer, 'drafts-from-mailbox-open');
    expect(h.sink.received.filter((m) => m.to.includes(OLIVER))).toEqual([]);

    await officer.getByRole('button', { name: 'Confirm and send the alerts' }).click();
    await officer.waitForURL(/\/app\/events\/[0-9a-f-]{36}$/);
    const mail = await expectEventually(
      () => Promise.resolve(h.sink.received.find((m) => m.to.includes(OLIVER))),
      (m) => m !== undefined,
      30_000,
    );
    expect(mail?.subject).toContain(TITLE);
    for (const m of h.sink.received)
      expect([m.subject, m.text, m.html, m.calendar ?? '', ...m.replyTo].join('\n')).not.toMatch(
        /Ada|Inkwell|evening-echo/i,
      );

    // Democratic services see the press mailbox connected on the Producers page.
    await context.close();
    const ds = await newPage(browser, h.t.baseUrl);
    context = ds.context;
    await signInAs(ds.page, 'Development democratic services');
    await ds.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Producers' }).click();
    await ds.page.waitForURL('**/app/producers');
    await ds.page.getByTestId('producer-messages').waitFor();
    await screenshot(ds.page, 'drafts-from-mailbox-producers');
    const connections = ds.page.getByTestId('producer-connections');
    await connections.waitFor();
    expect(await connections.textContent()).toContain('Connected Shared mailbox');
    expect(await connections.textContent()).toMatch(
      /The “press” mailbox was last read on \w+ \d+ \w+ \d{4} at /,
    );
    await screenshot(ds.page, 'drafts-from-mailbox-producers');
  }, 150_000);
});
