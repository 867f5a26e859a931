import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const OFFICER = 'Development officer';
const KB = 1024;

/** A 256-pixel square tile of one colour, as a tile server sends it. */
function tilePng(rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 256 }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: 256 }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** What the browser reports as going wrong: console errors, uncaught exceptions, requests that failed. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    // A read the console cancels itself (leaving a page before its list came) logs nothing.
    if (why !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} ${why}`);
  });
  return errors;
}

/** Bytes that crossed the network for the page, as Chromium's DevTools count them (compressed). */
async function countTransferred(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await cdp.send('Network.enable');
  return () => bytes;
}

/**
 * Signs in, then opens the register-event page from the menu; what goes wrong from then on is
 * returned. (The sign-in page itself asks whether anyone is signed in, which answers 401.)
 */
async function openRegisterEvent(page: Page): Promise<string[]> {
  await signInAs(page, OFFICER);
  await page.waitForLoadState('networkidle');
  const errors = watchForErrors(page);
  await page.getByRole('link', { name: 'Register an event' }).first().click();
  await page.waitForURL('**/app/events/new');
  await page.locator('.app-map path.leaflet-interactive').nth(40).waitFor();
  return errors;
}

const mapView = (page: Page) =>
  page
    .locator('.app-map')
    .first()
    .evaluate((el) => {
      const m = (
        el as HTMLElement & {
          leafletMap?: { getCenter(): { lat: number; lng: number }; getZoom(): number };
        }
      ).leafletMap;
      if (!m) throw new Error('the map is not ready');
      const c = m.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
    });

/** The map says it shows LE18 2FZ and arrives there, at street level, after its glide. */
async function arrivesAtWigston(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  await page.getByRole('status').filter({ hasText: 'The map shows LE18 2FZ' }).waitFor();
  await expect.poll(async () => (await mapView(page)).zoom, { timeout: 5_000 }).toBe(16);
  const at = await mapView(page);
  // LE18 2FZ, Wigston, in OS Code-Point Open: -1.111414, 52.580455.
  expect(Math.abs(at.lon - -1.111414)).toBeLessThan(0.0005);
  expect(Math.abs(at.lat - 52.580455)).toBeLessThan(0.0005);
  return at;
}

describe.skipIf(!HAVE_CHROMIUM)('the console’s maps, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('on this machine, which cannot reach OpenStreetMap’s tiles (the default basemap)', () => {
    let t: TestApi;
    let placesDir: string;
    beforeAll(async () => {
      delete process.env['BASEMAP_URL'];
      // The council's own list of places: a village by a postcode the postcode data knows.
      placesDir = mkdtempSync(join(tmpdir(), 'places-'));
      writeFileSync(join(placesDir, 'villages.csv'), 'name,postcode\nKibworth Beauchamp,LE8 0NW\n');
      process.env['PLACES_DIR'] = placesDir;
      t = await startTestApi();
    });
    afterAll(async () => {
      delete process.env['PLACES_DIR'];
      await t?.close();
      rmSync(placesDir, { recursive: true, force: true });
    });

    it('loads the register-event page, sign-in included, in under 800 KB, drawing the divisions with no errors in the console', async () => {
      const { context, page } = await newPage(browser, t.baseUrl);
      try {
        const transferred = await countTransferred(page);
        const errors = await openRegisterEvent(page);
        await page.waitForLoadState('networkidle');
        const kb = transferred() / KB;
        console.log(`register-event page, first load: ${kb.toFixed(0)} KB transferred`);
        expect(kb).toBeLessThan(800);
        expect(await page.locator('.app-map path.leaflet-interactive').count()).toBe(53);
        expect(await page.locator('.leaflet-tile').count()).toBe(0);
        await screenshot(page, 'maps-register-event-offline');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('moves the map to a postcode typed in the place search, and names a postcode it cannot find', async () => {
      const { context, page } = await newPage(browser, t.baseUrl);
      try {
        const errors = await openRegisterEvent(page);
        const search = page.getByLabel('Find a place on the map');
        await search.fill('LE18 2FZ');
        await search.press('Enter');
        const at = await arrivesAtWigston(page);
        // Still on the form: Enter searched, it did not send anything.
        expect(page.url()).toMatch(/\/app\/events\/new$/);
        // The postcode is marked, and named for a screen reader.
        const marker = page.getByRole('img', { name: 'Found: LE18 2FZ (postcode)' });
        await marker.waitFor();
        expect(await marker.isVisible()).toBe(true);
        expect(
          await page.locator('.leaflet-tooltip').filter({ hasText: 'LE18 2FZ (postcode)' }).count(),
        ).toBe(1);

        await search.fill('LE1 9ZZ');
        await page.getByRole('button', { name: 'Find on the map' }).click();
        await page.getByText('LE1 9ZZ was not found').waitFor();
        expect(await page.locator('#placeSearch-error').textContent()).toContain(
          'LE1 9ZZ was not found; the postcode data covers the LE and NG areas',
        );
        expect(await mapView(page)).toEqual(at);
        // The one thing Chromium logs: the API's 404 for the postcode it does not know.
        expect(errors.filter((e) => !e.includes('/places?q=LE1%209ZZ'))).toEqual([]);
      } finally {
        await context.close();
      }
    });
    it('finds a division by its name, shows all of it and marks it; says what to try for a name it does not know', async () => {
      const { context, page } = await newPage(browser, t.baseUrl);
      try {
        const errors = await openRegisterEvent(page);
        const search = page.getByLabel('Find a place on the map');
        await search.fill('oadby');
        await search.press('Enter');
        await page.getByRole('status').filter({ hasText: 'The map shows Oadby' }).waitFor();
        const marker = page.getByRole('img', { name: 'Found: Oadby (division)' });
        await marker.waitFor();
        const view = await mapView(page);
        // Oadby, on the south-east edge of Leicester, fills the map: the whole division, not a street.
        expect(view.lon).toBeGreaterThan(-1.11);
        expect(view.lon).toBeLessThan(-1.03);
        expect(view.lat).toBeGreaterThan(52.57);
        expect(view.lat).toBeLessThan(52.62);
        expect(view.zoom).toBeGreaterThan(11);
        expect(view.zoom).toBeLessThan(16);
        const box = await marker.boundingBox();
        const map = await page.locator('.app-map').first().boundingBox();
        expect(box && map && box.x > map.x && box.x + box.width < map.x + map.width).toBe(true);
        await screenshot(page, 'maps-place-search-division');

        await search.fill('Loughborough');
        await search.press('Enter');
        await page
          .getByRole('status')
          .filter({
            hasText:
              'The map shows Loughborough East, marked with a black circle inside the division. Other places with that name: Loughborough North, Loughborough North West, Loughborough South, Loughborough South West.',
          })
          .waitFor();
        expect(await page.getByRole('img', { name: /^Found: / }).count()).toBe(1);

        await search.fill('Atlantis');
        await page.getByRole('button', { name: 'Find on the map' }).click();
        await page.getByText('No place, division or postcode called “Atlantis” was found').waitFor();
        expect(await page.locator('#placeSearch-error').textContent()).toContain(
          'Enter a postcode, like LE18 2FZ, or the name of a place or a division',
        );
        expect(errors.filter((e) => !e.includes('/places?q=Atlantis'))).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('finds a village on the council’s list by name, and a postcode, marking each on the map', async () => {
      const { context, page } = await newPage(browser, t.baseUrl);
      try {
        const errors = await openRegisterEvent(page);
        const search = page.getByLabel('Find a place on the map');
        await search.fill('Kibworth');
        await search.press('Enter');
        await page
          .getByRole('status')
          .filter({ hasText: 'The map shows Kibworth Beauchamp, marked with a black circle.' })
          .waitFor();
        const village = page.getByRole('img', { name: 'Found: Kibworth Beauchamp (place)' });
        await village.waitFor();
        expect(await village.isVisible()).toBe(true);
        // At street level over the village (LE8 0NW in OS Code-Point Open).
        await expect.poll(async () => (await mapView(page)).zoom, { timeout: 5_000 }).toBe(16);
        const at = await mapView(page);
        expect(Math.abs(at.lon - -0.991534)).toBeLessThan(0.0005);
        expect(Math.abs(at.lat - 52.539839)).toBeLessThan(0.0005);
        const box = await village.boundingBox();
        const map = await page.locator('.app-map').first().boundingBox();
        expect(box && map && box.x > map.x && box.x + box.width < map.x + map.width).toBe(true);
        await screenshot(page, 'maps-place-search-village');

        await search.fill('le8 0nw');
        await search.press('Enter');
        const postcode = page.getByRole('img', { name: 'Found: LE8 0NW (postcode)' });
        await postcode.waitFor();
        expect(await postcode.isVisible()).toBe(true);
        // One mark at a time: the village's gave way to the postcode's.
        expect(await page.getByRole('img', { name: /^Found: / }).count()).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('still arrives at a postcode searched for while the map is zooming', async () => {
      const { context, page } = await newPage(browser, t.baseUrl);
      try {
        const errors = await openRegisterEvent(page);
        const search = page.getByLabel('Find a place on the map');
        await search.fill('LE18 2FZ');
        // The person zooms in and searches at once: the answer comes while the map glides.
        const zoomed = page
          .locator('.app-map')
          .first()
          .evaluate(
            (el) =>
              new Promise<void>((done, fail) => {
                const m = (el as HTMLElement & { leafletMap: { once(e: string, f: () => void): void } })
                  .leafletMap;
                m.once('zoomanim', () => done());
                setTimeout(
                  () => fail(new Error('the map did not zoom when its + button was pressed')),
                  3_000,
                );
              }),
          );
        await page.locator('.leaflet-control-zoom-in').first().click();
        await zoomed;
        await search.press('Enter');
        await arrivesAtWigston(page);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  describe('with a tile server that answers (on loopback, as a council’s own would)', () => {
    let t: TestApi;
    let tiles: Server;
    let tileRequests = 0;
    beforeAll(async () => {
      const png = tilePng([233, 229, 220]);
      tiles = createServer((_req, res) => {
        tileRequests++;
        res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
      });
      await new Promise<void>((r) => tiles.listen(0, '127.0.0.1', r));
      const { port } = tiles.address() as AddressInfo;
      process.env['BASEMAP_URL'] = `http://127.0.0.1:${port}/{z}/{x}/{y}.png`;
      process.env['BASEMAP_ATTRIBUTION'] = 'Loopback tiles';
      process.env['BASEMAP_ATTRIBUTION_URL'] = 'https://tiles.example/copyright';
      t = await startTestApi();
    });
    afterAll(async () => {
      delete process.env['BASEMAP_URL'];
      delete process.env['BASEMAP_ATTRIBUTION'];
      delete process.env['BASEMAP_ATTRIBUTION_URL'];
      await t?.close();
      await new Promise((r) => tiles?.close(r));
    });

    it('draws the divisions over the tiles, crediting the tile provider with a link', async () => {
      const { context, page } = await newPage(browser, t.baseUrl);
      try {
        const errors = await openRegisterEvent(page);
        await page.locator('.leaflet-tile-loaded').first().waitFor();
        expect(tileRequests).toBeGreaterThan(0);
        const credit = page.locator('.leaflet-control-attribution a', { hasText: 'Loopback tiles' });
        expect(await credit.getAttribute('href')).toBe('https://tiles.example/copyright');
        await page.waitForLoadState('networkidle');
        await screenshot(page, 'maps-register-event-tiles');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
