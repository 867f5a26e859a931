import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  permitMessage,
  STREET_MANAGER_CONTACT,
  type SnsPublisher,
  startSnsPublisher,
  TOPIC_ARN,
} from '../../api/test/support/sns-publisher';
import { LAST_READ_REF } from '@member-alerts/persistence';
import { startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('the Producers page in the web console, in Chromium', () => {
  let sns: SnsPublisher;
  let t: TestApi;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    sns = await startSnsPublisher();
    t = await startTestApi({
      STREET_MANAGER_TOPIC_ARNS: TOPIC_ARN,
      STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: sns.prefix,
      STREET_MANAGER_SWA_CODES: '2480',
      ...STREET_MANAGER_CONTACT,
    });
    browser = await launch();
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await sns?.close();
  });

  it('shows democratic services what Street Manager sent, on a 320 pixel wide phone', async () => {
    const sent = await t.request('POST', '/producers/street-manager', {
      raw: JSON.stringify(sns.notification(permitMessage({ workRef: 'LK011WRK000777' }), { version: '2' })),
      contentType: 'text/plain; charset=UTF-8',
      headers: { 'x-amz-sns-message-type': 'Notification' },
    });
    expect(sent.status).toBe(200);
    // The worker's notes of its latest reads: the press mailbox was read, the FOI one refused the login.
    const [council] = await t.sql<{ id: string }>('SELECT id FROM councils');
    for (const [name, problem] of [
      ['press', null],
      [
        'foi',
        'the mailbox at imap.council.example:993 refused the login for foi: check the user name and password',
      ],
    ]) {
      await t.sql(
        `INSERT INTO producer_state (council_id, source, ref, state, updated_at)
         VALUES ($1, 'mailbox', $2, $3, '2026-12-07T19:02:00Z')`,
        [council?.id, `${LAST_READ_REF}${name}`, JSON.stringify({ problem })],
      );
    }

    context = await browser.newContext({ baseURL: t.baseUrl, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInAs(page, 'Development democratic services');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Producers' }).click();
    await page.waitForURL('**/app/producers');
    const table = page.getByTestId('producer-messages');
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'LK011WRK000777' });
    await expect.poll(() => row.textContent()).toContain('Alert sent');
    expect(await row.textContent()).toContain('Street Manager');
    expect(await row.textContent()).toContain('Major works with road closure');

    await page.getByLabel('What happened').selectOption({ label: 'Could not be read' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('No messages match.');
    // Back shows the page as it was, its filters too.
    await page.goBack();
    await table.waitFor();
    expect(await page.getByLabel('What happened').inputValue()).toBe('');
    // Street Manager is set up here and Citizen Space is not: the page says so, and how to connect it.
    const connections = page.getByTestId('producer-connections');
    expect(await connections.textContent()).toContain('Connected Street Manager');
    expect(await connections.textContent()).toContain(
      'Not connected Citizen Space: nothing comes from it yet.',
    );
    // The mailboxes as the worker last read them; WhatDoTheyKnow, never read, says what connects it.
    const words = await connections.textContent();
    expect(words).toContain('Not connected Shared mailbox: Ask whoever runs Member Alerts to check');
    expect(words).toContain('The “press” mailbox was last read on Monday 7 December 2026 at 7:02pm.');
    expect(words).toContain(
      'The “foi” mailbox could not be read on Monday 7 December 2026 at 7:02pm: the mailbox at imap.council.example:993 refused the login for foi: check the user name and password.',
    );
    expect(words).toContain('Not connected WhatDoTheyKnow: nothing comes from it yet.');
    expect(words).toContain('WHATDOTHEYKNOW_BODY');
    await page.getByLabel('From').selectOption({ label: 'Citizen Space' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('No messages: Citizen Space is not connected.');
    await screenshot(page, 'producers-not-connected');
    await page.goBack();
    await table.waitFor();

    // Nothing is wider than the phone: no sideways scrolling, for the page or the table.
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector('[data-testid="producer-messages"]')?.scrollWidth ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.table).toBeLessThanOrEqual(320);
    await screenshot(page, 'producers-320');
  });
});
