import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '@member-alerts/protocol';
import { readFixture } from '../../../tools/testing/fixtures';
import { KEYS, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, NO_CHROMIUM_MESSAGE, newPage, screenshot, signInAs } from './support/browser';
import { goInConsole } from './support/console-pages';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const FILE = readFixture('leicestershire', 'policy.yaml');
// Road works reach only the divisions they cross, as §35 is written.
const REVISED = FILE.replace(
  /adjoining:\n {6}tell: always\n {6}choice: >-\n {8}Only §28 speaks of adjoining divisions\. The council tells their members of major road works\n[^\n]*\n/,
  'adjoining:\n      tell: never\n      protocol: matters affecting their division\n',
);
const BAD = FILE.replace(/date: opensAt\n {6}hours: 24/, 'date: closesAt\n      hours: 24');

const fits = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.skipIf(!HAVE_CHROMIUM)('the Rules page, in Chromium', () => {
  let t: TestApi;
  let browser: Browser;
  let roadWorksId = '';
  beforeAll(async () => {
    t = await startTestApi();
    browser = await launch();
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: {
        kind: 'road_works',
        title: 'A6 resurfacing, Loughborough to Mountsorrel',
        major: true,
        divisions: ['Quorn & Barrow', 'Loughborough South'],
      },
    });
    roadWorksId = (r.body as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("shows a member the council's rules in tables at 320 px, quoting the protocol and marking the council's choices, and prints them", async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      await signInAs(page, 'Development member (m043, Oadby)');
      await goInConsole(page, '/rules');
      await expect
        .poll(() => page.getByTestId('rules-revision').textContent())
        .toBe('Leicestershire County Council: revision 1, in force from 6 December 2023.');
      const consultation = page.getByTestId('rules-consultation');
      const row = (table: typeof consultation, rule: string) =>
        table.locator('tr').filter({ has: page.getByRole('rowheader', { name: rule, exact: true }) });
      const when = row(consultation, 'When');
      expect(await when.textContent()).toContain('24 hours before "When the consultation opens"');
      expect(await when.textContent()).toContain("Council's own choice");
      expect(await row(consultation, 'Who is told').textContent()).toContain(
        'The protocol: the relevant member(s) should be notified immediately prior to the outset of the exercise',
      );
      expect(await page.getByTestId('council-choices').textContent()).toContain(
        'immediately prior to the outset',
      );
      // A member reads the rules but cannot revise them.
      expect(await page.getByTestId('revise-rules').count()).toBe(0);
      expect(await fits(page)).toBe(true);
      await screenshot(page, 'rules-320');

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print the rules' }).isVisible()).toBe(false);
      expect(await page.getByTestId('revisions').isVisible()).toBe(false);
      expect(await consultation.isVisible()).toBe(true);
      expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
      await screenshot(page, 'rules-printed');
    } finally {
      await context.close();
    }
  });

  it("tells a member which roles only one member may hold, as the council's file says", async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    try {
      await signInAs(page, 'Development member (m043, Oadby)');
      await goInConsole(page, '/rules');
      await expect
        .poll(() => page.getByTestId('rules-holders').textContent())
        .toBe(
          'Only one member at a time may be Leader of the Council or Deputy Leader; other roles may have any number of holders.',
        );
    } finally {
      await context.close();
    }
  });

  it('lets democratic services upload a file, read its problems, preview it against real events and publish it', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    try {
      await signInAs(page, 'Development democratic services');
      await goInConsole(page, '/rules');
      const upload = async (name: string, text: string) => {
        await page
          .getByLabel('Policy file')
          .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
        await page.getByRole('button', { name: 'Check the file and preview it' }).click();
      };

      await upload('bad.yaml', BAD);
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(
        /Line \d+, kinds\.consultation\.timing\.date: a consultation does not require closesAt, so notice cannot be timed from it/,
      );
      await screenshot(page, 'rules-bad-file');

      await upload('revised.yaml', REVISED);
      await page.getByTestId('policy-checked').waitFor();
      expect(await page.getByTestId('policy-checked').textContent()).toContain('The file has no problems');
      const preview = page.getByTestId('policy-preview');
      const event = preview.locator('.app-preview-event', { hasText: 'A6 resurfacing' });
      expect(await event.textContent()).toContain('under revision 1');
      expect(await event.getByRole('heading', { name: 'Would no longer be told' }).count()).toBe(1);
      // Each dropped member with the reason they were told: their division adjoins the road works.
      expect(await event.locator('li').first().textContent()).toMatch(
        /which adjoins the affected area \(§35\)/,
      );
      expect(await event.locator('a').getAttribute('href')).toBe(`/app/events/${roadWorksId}`);
      await screenshot(page, 'rules-preview');

      const today = londonDate(new Date());
      await page.getByLabel('Takes effect on').fill(today);
      await page.getByRole('button', { name: 'Publish these rules' }).click();
      await page.getByTestId('rules-published').waitFor();
      expect(await page.getByTestId('rules-published').textContent()).toContain('Revision 2 is published');
      await expect.poll(() => page.getByTestId('rules-revision').textContent()).toContain('revision 2');
      await expect.poll(() => page.getByTestId('revisions').locator('tbody tr').count()).toBe(2);
      expect(
        await page.getByTestId('rules-road_works').locator('tr', { hasText: 'Adjoining' }).textContent(),
      ).toContain('never');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download revision 2' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('rules-revision-2.yaml');
      await screenshot(page, 'rules-published');

      // The road works registered before keep revision 1.
      const ev = await t.request('GET', `/events/${roadWorksId}`, { key: KEYS.officer });
      expect((ev.body as { plan: { revision: { number: number } } }).plan.revision.number).toBe(1);
    } finally {
      await context.close();
    }
  });
});
