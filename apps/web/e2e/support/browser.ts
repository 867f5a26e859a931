import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const NO_CHROMIUM_MESSAGE = `browser tests skipped: no Chromium at ${CHROMIUM} (install it with "apt-get install -y chromium"; .ci/run does)`;

export const SCREENSHOTS = resolve(__dirname, '..', '..', '..', '..', 'var', 'screenshots');

// Debian's Chromium, headless, with nothing that reaches for the network on its own.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A fresh browser profile (its own session storage) at a desktop size. */
export async function newPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1200, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Development sign-in, as a newcomer would: the console's sign-in page and the seeded person's button. */
export async function signInAs(page: Page, who: string): Promise<void> {
  await page.goto('/app/');
  await page.waitForURL('**/app/sign-in');
  await page.getByRole('button', { name: `Sign in as ${who}` }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
  // The address changes before the page it leads to has drawn: wait for the sign-in page to go.
  await page.getByRole('heading', { name: /^Sign in to/ }).waitFor({ state: 'detached' });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Clicks the map where a longitude and latitude are, as the officer would with the mouse. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const map = page.locator('.app-map').first();
  const point = await map.evaluate(
    (el, [x, y]) => {
      const m = (
        el as HTMLElement & {
          leafletMap?: { latLngToContainerPoint(ll: [number, number]): { x: number; y: number } };
        }
      ).leafletMap;
      if (!m) throw new Error('the map is not ready');
      const p = m.latLngToContainerPoint([y, x]);
      return { x: p.x, y: p.y };
    },
    [lon, lat] as const,
  );
  await map.click({ position: point });
}

/** Zooms the map to a box (as the officer would with the zoom buttons), so clicks land precisely. */
export async function zoomMapTo(
  page: Page,
  west: number,
  south: number,
  east: number,
  north: number,
): Promise<void> {
  await page
    .locator('.app-map')
    .first()
    .evaluate(
      (el, b) => {
        const m = (
          el as HTMLElement & {
            leafletMap?: { fitBounds(b: [[number, number], [number, number]], o: object): void };
          }
        ).leafletMap;
        m?.fitBounds(
          [
            [b[1], b[0]],
            [b[3], b[2]],
          ],
          { animate: false },
        );
      },
      [west, south, east, north] as const,
    );
}
