import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  registerComplianceEvents,
  REFUSED,
  reportPeriod,
  type ComplianceEvents,
} from '../../worker/test/support/compliance-events';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import {
  HAVE_CHROMIUM,
  launch,
  newPage,
  NO_CHROMIUM_MESSAGE,
  SCREENSHOTS,
  screenshot,
  signInAs,
} from './support/browser';
import { wcagFailures } from './support/accessibility';
import { goInConsole } from './support/console-pages';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)(
  'the compliance report in Chromium, on screen and printed for a committee',
  () => {
    let h: DeliveryHarness;
    let browser: Browser;
    let ids: ComplianceEvents;
    const { from, to } = reportPeriod();

    beforeAll(async () => {
      h = await startDelivery({ sink: { rejectRecipients: [REFUSED] } });
      await h.addWorker();
      ids = await registerComplianceEvents(h);
      browser = await launch();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await h?.close();
    });

    it('shows the Monitoring Officer the figures and charts, and each figure opens the events behind it', async () => {
      const { page } = await newPage(browser, h.t.baseUrl);
      await signInAs(page, 'Development Monitoring Officer');
      // The Monitoring Officer's console opens on the report, with the last full quarter.
      await page.getByRole('heading', { name: /Compliance with the protocol/ }).waitFor();
      expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual([
        'Reports',
        'Escalations',
        'Rules',
      ]);
      await page.getByLabel('From').fill(from);
      await page.getByLabel('To').fill(to);
      await page.getByRole('button', { name: 'Show the report' }).click();
      const totals = page.getByTestId('report-totals');
      await totals.waitFor();
      const figure = async (name: string) =>
        (
          await totals.locator('.govuk-summary-list__row', { hasText: name }).locator('dd').innerText()
        ).trim();
      expect(await figure('Events registered')).toBe('4');
      expect(await figure('Members told')).toBe('5');
      expect(await figure('On time')).toBe('3');
      expect(await figure('Failed, never delivered')).toBe('1');
      expect(await figure('Acknowledged within 7 days')).toBe('1');
      // Both charts are SVG drawn by recharts, each titled, with its table of numbers beside it.
      for (const id of ['by-month', 'by-kind']) {
        const svg = page.getByTestId(`${id}-chart`).locator('.recharts-wrapper > svg');
        expect(await svg.count()).toBe(1);
        expect(await svg.locator('title').textContent()).toMatch(/Notices on time and late/);
        expect(await svg.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
      }
      const kindTable = page.getByRole('table', { name: 'Notices on time and late, by kind: the numbers' });
      expect(await kindTable.getByRole('row', { name: /Consultation/ }).innerText()).toMatch(
        /Consultation.*\s0\s+1\s+0/s,
      );
      // No officer is named anywhere in the report.
      expect(await page.locator('main').innerText()).not.toMatch(/Helen Marsden|Development officer/);
      // WCAG 2.2 AA with the charts drawn, and at a phone's width nothing runs off the screen.
      expect(await wcagFailures(page, '/reports with figures')).toEqual([]);
      await screenshot(page, 'reports');
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screenshot(page, 'reports-320');
      await page.setViewportSize({ width: 1200, height: 900 });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`compliance-${from}-to-${to}.csv`);
      const csv = readFileSync((await download.path()) ?? '', 'utf8')
        .trim()
        .split('\r\n');
      expect(csv[1]).toMatch(/,All events,Leicestershire County Council,,4,5,3,1,1,2,1,1,1,0$/);
      await totals.getByRole('link', { name: /Late\. Show the events/ }).click();
      await page.getByRole('heading', { name: 'Late: the events behind the figure' }).waitFor();
      await page.getByRole('link', { name: 'Lutterworth bus routes' }).waitFor();
      expect(await page.locator('tbody tr').count()).toBe(1);
      await screenshot(page, 'report-events-late');
      // The event page opens read-only for the Monitoring Officer.
      await page.getByRole('link', { name: 'Lutterworth bus routes' }).click();
      await page.waitForURL(`**/app/events/${ids.late}`);
      await page.getByRole('heading', { name: 'Lutterworth bus routes' }).waitFor();
      expect(await page.getByRole('button', { name: 'Cancel the event' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    });

    it('shows a councillor their own record for a period on My alerts', async () => {
      const { page } = await newPage(browser, h.t.baseUrl);
      await signInAs(page, 'Development member (m043, Oadby)');
      await page.getByRole('heading', { name: 'My record' }).waitFor();
      await page.getByLabel('From').fill(from);
      await page.getByLabel('To').fill(to);
      await page.getByRole('button', { name: 'Show my record' }).click();
      await expect
        .poll(() => page.getByTestId('record-summary').innerText())
        .toMatch(/^From \w+day .+: 1 alert to you, 1 delivered, 1 acknowledged\.$/);
      const row = page
        .getByRole('table', { name: 'Your alerts in the period, newest first' })
        .locator('tbody tr');
      expect(await row.count()).toBe(1);
      expect(await row.innerText()).toMatch(
        /Oadby library reopens[\s\S]*\w+day \d+ \w+ \d{4}[\s\S]*\w+day \d+ \w+ \d{4}/,
      );
      await page.getByRole('heading', { name: 'My record' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'my-record');
    });

    it('prints as a committee paper, with its period, source and date made, which Chromium saves as a PDF', async () => {
      const { page } = await newPage(browser, h.t.baseUrl);
      await signInAs(page, 'Development democratic services');
      await goInConsole(page, `/reports?from=${from}&to=${to}`);
      await page.getByTestId('report-totals').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      expect(await page.locator('form').isVisible()).toBe(false);
      const paper = await page.getByTestId('report-paper').innerText();
      expect(paper).toMatch(/Period\s+Events registered from \w+day \d+ \w+ \d{4} to \w+day \d+ \w+ \d{4}/);
      expect(paper).toMatch(/Source\s+Member Alerts: the events registered/);
      expect(paper).toMatch(/Made\s+\w+day \d+ \w+ \d{4}/);
      expect(await page.locator('.app-print-only').innerText()).toBe('Leicestershire County Council');
      const visibleButtons = await page
        .locator('button, .govuk-button')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(visibleButtons).toBe(0);
      await screenshot(page, 'reports-printed');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      writeFileSync(join(SCREENSHOTS, 'reports-committee-paper.pdf'), pdf);
      // A4 landscape, as the print stylesheet asks: 842 by 595 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 594\.\d+\s*\]/);
    });
  },
);
