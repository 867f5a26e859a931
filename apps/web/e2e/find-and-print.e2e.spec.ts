import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MORE_INFORMATION } from '../../api/test/support/searchable-events';
import { HAVE_CHROMIUM, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';
import { goInConsole, memberPages, officePages, useConsoleWithEvents } from './support/console-pages';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const LINK = MORE_INFORMATION;

/** Null when the page fits its width; otherwise how wide it is, naming the innermost thing too wide. */
async function overflowOf(page: Page, path: string): Promise<string | null> {
  const o = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth <= clientWidth) return null;
    const over = [...document.querySelectorAll('body *')].filter(
      (el) => el.getBoundingClientRect().right > clientWidth + 1 && el.children.length === 0,
    );
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const chain: string[] = [];
    for (let el: Element | null = over[0] ?? null; el; el = el.parentElement)
      chain.push(
        `${name(el)}=${Math.round(el.getBoundingClientRect().width)}/${getComputedStyle(el).overflowX}`,
      );
    return { scrollWidth, clientWidth, what: chain.join(' < ') };
  });
  return o ? `${path}: ${o.scrollWidth} px wide in ${o.clientWidth} (${o.what})` : null;
}

describe.skipIf(!HAVE_CHROMIUM)('finding, exporting, printing and reflow in the console, in Chromium', () => {
  const app = useConsoleWithEvents();
  const page = (): Promise<Page> => app.page();

  const go = goInConsole;

  const shownTitles = async (p: Page) => {
    await p
      .getByRole('status')
      .filter({ hasText: /Showing|No events/ })
      .waitFor();
    return (await p.locator('table.govuk-table tbody tr td:first-child a').allTextContents()).sort();
  };

  it('finds events by words and by when they happen, and downloads what it found as CSV', async () => {
    const ds = await page();
    await signInAs(ds, 'Development democratic services');
    await go(ds, '/events');
    expect(await shownTitles(ds)).toHaveLength(3);

    await ds.getByLabel('Search').fill('  NUMBER 44 ');
    await ds.getByRole('button', { name: 'Apply filters' }).click();
    await ds.waitForURL(/q=NUMBER/);
    await expect.poll(() => shownTitles(ds)).toEqual(['Bus routes review']);

    await ds.getByLabel('Search').fill('');
    await ds.getByLabel('Happens from').fill('2027-03-10');
    await ds.getByLabel('Happens to').fill('2027-03-10');
    await ds.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => shownTitles(ds)).toEqual(['Oadby flood meeting']);

    const [download] = await Promise.all([
      ds.waitForEvent('download'),
      ds.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('events.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/^Title,Kind,Status,When it happens,/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('Oadby flood meeting');
    expect(csv[1]).toContain('"Wednesday 10 March 2027, 18:30 to 20:30"');
  });

  it('downloads the members and the officers as CSV from their pages', async () => {
    const ds = await page();
    await signInAs(ds, 'Development democratic services');
    for (const [path, file, header] of [
      ['/roster', 'members.csv', 'id,name,email,division,roles,portfolio,interests,chairs,mobile'],
      ['/officers', 'officers.csv', 'id,name,email,services'],
    ] as const) {
      await go(ds, path);
      const [download] = await Promise.all([
        ds.waitForEvent('download'),
        ds.getByRole('button', { name: 'Download as CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      const lines = readFileSync((await download.path()) ?? '', 'utf8')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(header);
      expect(lines.length).toBeGreaterThan(10);
    }
  });

  it('prints the list of who was told with no menu, no buttons and no web addresses', async () => {
    const ds = await page();
    await signInAs(ds, 'Development democratic services');
    await go(ds, `/events/${app.eventId}`);
    await ds.getByTestId('delivery').waitFor();
    const people = await ds.getByTestId('delivery').locator('tbody tr').count();
    expect(people).toBeGreaterThan(0);
    expect(await ds.getByRole('button', { name: 'Print the list of who was told' }).isVisible()).toBe(true);
    // The link is on the page, by its address, on screen.
    expect(await ds.locator(`a[href="${LINK}"]`).count()).toBe(1);

    await ds.emulateMedia({ media: 'print' });
    expect(await ds.locator('nav').isVisible()).toBe(false);
    expect(await ds.locator('footer').isVisible()).toBe(false);
    const visibleButtons = await ds
      .locator('button, .govuk-button')
      .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    const visibleRows = await ds
      .getByTestId('delivery')
      .locator('tbody tr')
      .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(visibleRows).toBe(people);
    // No link has its address written after it, as print styles often do.
    const after = await ds
      .locator('a[href]')
      .evaluateAll((els) =>
        els
          .map((el) => getComputedStyle(el, '::after').content)
          .filter((c) => c !== 'none' && c !== 'normal'),
      );
    expect(after).toEqual([]);
    // The address shows once, as the link's own words, and is not written again after it.
    const text = await ds.locator('body').innerText();
    expect(text.split(LINK)).toHaveLength(2);
    expect(text).not.toContain('/app/');
    // Nothing is cut off: the list is as wide as the page at most and shown whole.
    const wide = await ds.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    expect(wide).toBe(true);
    const pdf = await ds.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await screenshot(ds, 'event-printed');
  });

  it('fits every page at 320 and 375 px wide, with no sideways scrolling', async () => {
    const ds = await page();
    await ds.setViewportSize({ width: 320, height: 640 });
    await ds.goto('/app/sign-in');
    await ds.getByRole('button', { name: 'Sign in as Development democratic services' }).waitFor();
    const wide: string[] = [];
    /** Visits a page as its own links would and notes it, under `label`, if it is wider than the screen. */
    const fits = async (p: Page, path: string, label: string) => {
      await go(p, path);
      await p.waitForLoadState('networkidle');
      const o = await overflowOf(p, label);
      if (o) wide.push(o);
    };
    const signIn = await overflowOf(ds, '/sign-in');
    if (signIn) wide.push(signIn);
    await signInAs(ds, 'Development democratic services');
    for (const path of officePages(app.eventId)) await fits(ds, path, `${path} at 320 px`);
    await go(ds, '/events');
    await screenshot(ds, 'events-320');
    // And at 375 px, a common phone, where the events filters once ran off the screen too.
    await ds.setViewportSize({ width: 375, height: 667 });
    for (const path of officePages(app.eventId)) await fits(ds, path, `${path} at 375 px`);

    const member = await page();
    await member.setViewportSize({ width: 320, height: 640 });
    await signInAs(member, 'Development member (m043, Oadby)');
    for (const path of memberPages(app.eventId)) await fits(member, path, `member ${path}`);
    expect(wide).toEqual([]);
  });
});
