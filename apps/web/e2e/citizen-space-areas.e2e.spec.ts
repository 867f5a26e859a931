import type { Browser, BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { consultationsToCome } from '../../api/test/support/citizen-space-server';
import { expectEventually, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

let t: TestApi | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await t?.close();
  browser = undefined;
  t = undefined;
});

/** A consultation held for its area, as the worker's poller keeps it and the API processes it. */
async function heldConsultation(api: TestApi): Promise<void> {
  const consultation = consultationsToCome().find((c) => c['id'] === 'bosworth-battlefield-paths');
  const [{ id: councilId }] = (await api.sql<{ id: string }>(`SELECT id FROM councils`)) as [{ id: string }];
  await api.sql(
    `INSERT INTO producer_messages (council_id, source, message_id, ref, message)
     VALUES ($1, 'citizen-space', 'bosworth-battlefield-paths:a', 'bosworth-battlefield-paths', $2)`,
    [councilId, JSON.stringify(consultation)],
  );
  await expectEventually(
    () => api.sql<{ outcome: string }>(`SELECT outcome FROM producer_messages`),
    (rows) => rows[0]?.outcome === 'held',
  );
}

describe.skipIf(!HAVE_CHROMIUM)('Citizen Space areas in the web console, in Chromium', () => {
  it('democratic services map a held consultation’s area on a phone, and it is processed', async () => {
    t = await startTestApi();
    browser = await launch();
    await heldConsultation(t);
    const context: BrowserContext = await browser.newContext({
      baseURL: t.baseUrl,
      viewport: { width: 320, height: 700 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInAs(page, 'Development democratic services');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Producers' }).click();
    const heldRow = page.getByTestId('producer-messages').getByRole('row').filter({ hasText: 'bosworth' });
    await expect.poll(() => heldRow.textContent()).toContain('Area not mapped');
    await page.getByRole('link', { name: /Citizen Space areas/ }).click();
    await page.waitForURL('**/app/producers/citizen-space');
    const held = page.getByTestId('held-consultations');
    await expect.poll(() => held.textContent()).toContain('Footpaths around Bosworth Battlefield');

    await held.getByRole('button', { name: 'Map “Bosworth rural parishes”' }).click();
    expect(await page.getByLabel('Area name, as Citizen Space spells it').inputValue()).toBe(
      'Bosworth rural parishes',
    );
    await page.getByLabel('Market Bosworth', { exact: true }).check();
    await screenshot(page, 'citizen-space-area-form-320');
    await page.getByRole('button', { name: 'Save the area' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('“Bosworth rural parishes” is mapped. 1 consultation that waited for it has been processed.');
    expect(
      await page.getByText('None: every consultation received names areas that are mapped.').count(),
    ).toBe(1);
    const areas = page.getByTestId('citizen-space-areas');
    expect(
      await areas.getByRole('row').filter({ hasText: 'Bosworth rural parishes' }).textContent(),
    ).toContain('Market Bosworth');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await screenshot(page, 'citizen-space-areas-320');

    await page.getByRole('link', { name: 'Back to producers' }).click();
    await expect.poll(() => heldRow.textContent()).toContain('Alert sent');
    expect(await heldRow.getByRole('link', { name: 'See the event' }).count()).toBe(1);
  });
});
