import { writeFileSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY_TOLERANCE_M } from '@member-alerts/geo';
import { readFixture } from '../../../tools/testing/fixtures';
import { metresToOutline } from '../../../tools/testing/shapes';
import { KEYS, startTestApi, type TestApi } from './support/test-api';
import { standInConsoleBuild } from './support/web-dist';

type Fc = FeatureCollection<MultiPolygon, { name: string }>;

// One transparent pixel: what a tile server on loopback answers for every tile.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const removeConsoleBuild = standInConsoleBuild();
// A build that left a source map behind.
writeFileSync(join(process.env['WEB_DIST_DIR'] ?? '', 'assets', 'app-abc123.js.map'), '{"version":3}');
let tiles: Server;
let tileUrl: string;
let t: TestApi;
const before = process.env['BASEMAP_URL'];

beforeAll(async () => {
  tiles = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG));
  await new Promise<void>((r) => tiles.listen(0, '127.0.0.1', r));
  tileUrl = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}/{z}/{x}/{y}.png`;
  process.env['BASEMAP_URL'] = tileUrl;
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
  await new Promise((r) => tiles?.close(r));
  if (before === undefined) delete process.env['BASEMAP_URL'];
  else process.env['BASEMAP_URL'] = before;
  removeConsoleBuild();
});

/** The bytes that cross the wire, before any decoding. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ res: IncomingMessage; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(`${t.baseUrl}${path}`, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ res, bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const officer = { authorization: `Bearer ${KEYS.officer}` };

describe('light pages', () => {
  it('compresses answers for a client that accepts it, brotli or gzip, and not for one that does not', async () => {
    const plain = await rawGet('/web/divisions.geojson', officer);
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const packed = await rawGet('/web/divisions.geojson', { ...officer, 'accept-encoding': encoding });
      expect(packed.res.headers['content-encoding']).toBe(encoding);
      expect(packed.bytes).toBeLessThan(plain.bytes / 3);
    }
    const page = await rawGet('/app/', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(page.res.statusCode).toBe(200);
    const events = await rawGet('/events?limit=5', { ...officer, 'accept-encoding': 'gzip' });
    expect(events.res.statusCode).toBe(200);
    expect(String(events.res.headers['vary'])).toMatch(/accept-encoding/i);
  });

  it('answers 304 with nothing to download when the divisions have not changed since the browser fetched them', async () => {
    const first = await t.request('GET', '/web/divisions.geojson', { key: KEYS.officer });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await t.request('GET', '/web/divisions.geojson', {
      key: KEYS.officer,
      // As a browser revalidates its cached copy (fetch() itself would add Cache-Control: no-cache).
      headers: { 'if-none-match': etag ?? '', 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const other = await t.request('GET', '/web/divisions.geojson', {
      key: KEYS.officer,
      headers: { 'if-none-match': '"something-else"', 'cache-control': 'max-age=0' },
    });
    expect(other.status).toBe(200);
    expect(other.text).toBe(first.text);
  });

  it('draws every division, each within a few metres of its real boundary, in a fraction of the file', async () => {
    const r = await t.request('GET', '/web/divisions.geojson', { key: KEYS.officer });
    const shown = r.body as Fc;
    const fixture = readFixture('leicestershire', 'divisions.geojson');
    const real = JSON.parse(fixture) as FeatureCollection<
      MultiPolygon,
      { Name?: string; Division_n?: string }
    >;
    expect(shown.features).toHaveLength(real.features.length);
    expect(r.text.length).toBeLessThan(fixture.length / 3);
    const byName = new Map(shown.features.map((f) => [f.properties.name, f]));
    for (const f of real.features) {
      const name = f.properties.Division_n ?? f.properties.Name ?? '';
      const drawn = byName.get(name);
      expect(drawn, name).toBeDefined();
      const rings = drawn?.geometry.coordinates.flat() ?? [];
      let worst = 0;
      for (const p of f.geometry.coordinates.flat(2)) worst = Math.max(worst, metresToOutline(p, rings));
      expect(worst, name).toBeLessThanOrEqual(DISPLAY_TOLERANCE_M + 0.1);
    }
  });

  it('offers the basemap while its tile server answers, and lets the console load tiles from it', async () => {
    const config = await t.request('GET', '/web/config');
    expect(config.body).toMatchObject({ basemapUrl: tileUrl, basemapAttribution: null });
    const page = await t.request('GET', '/app/', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain(
      `img-src 'self' data: ${new URL(tileUrl.replace(/[{}]/g, '')).origin}`,
    );
  });

  it('never serves a source map, even one left in the build', async () => {
    expect((await t.request('GET', '/app/assets/app-abc123.js')).status).toBe(200);
    expect((await t.request('GET', '/app/assets/app-abc123.js.map')).status).toBe(404);
  });
});
