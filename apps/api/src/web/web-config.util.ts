import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { webAddress } from '@member-alerts/protocol';

/** What the web console needs from the environment, read and checked once at boot. */
export interface WebConfig {
  /** The built console (apps/web/dist). */
  readonly distDir: string;
  /** The maps' basemap tile URL, e.g. https://tiles.example/{z}/{x}/{y}.png; null when turned off. */
  readonly basemapUrl: string | null;
  readonly basemapAttribution: string | null;
  /** Where the attribution links to, e.g. the tile provider's copyright page. */
  readonly basemapAttributionUrl: string | null;
  /** The folder of postcode CSV files the place search reads (POSTCODES_DIR). */
  readonly postcodesDir: string;
  /** The folder of the council's lists of places and streets (PLACES_DIR); none when unset. */
  readonly placesDir: string | undefined;
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');

/** OpenStreetMap's standard tiles: the basemap when BASEMAP_URL is unset. */
export const OSM_BASEMAP = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
} as const;

/** The one value of BASEMAP_URL that turns the basemap off: the maps show the divisions alone. */
export const BASEMAP_OFF = 'off';

export class WebConfigError extends Error {
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'WebConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Where the API looks for the console when WEB_DIST_DIR is unset: apps/web/dist beside apps/api. */
export const DEFAULT_WEB_DIST_DIR = resolve(join(__dirname, '..', '..', '..', 'web', 'dist'));
/** The LE and NG postcode areas of OS Code-Point Open (2014) that come with the product. */
export const DEFAULT_POSTCODES_DIR = resolve(
  join(__dirname, '..', '..', '..', '..', 'fixtures', 'postcodes'),
);

const isHttpUrl = (s: string) => webAddress(s.replace(/[{}]/g, ''), ['http:', 'https:']) !== undefined;

export function loadWebConfig(env: Env = process.env): WebConfig {
  const problems: string[] = [];
  const given = env['BASEMAP_URL']?.trim() || null;
  const off = given?.toLowerCase() === BASEMAP_OFF;
  const basemap = off ? null : (given ?? OSM_BASEMAP.url);
  if (basemap && (!isHttpUrl(basemap) || !['{z}', '{x}', '{y}'].every((p) => basemap.includes(p)))) {
    problems.push(`BASEMAP_URL must be an http(s) tile URL with {z}, {x} and {y} in it, or "${BASEMAP_OFF}"`);
  }
  const attribution = env['BASEMAP_ATTRIBUTION']?.trim() || null;
  if (attribution && (attribution.length > 300 || /[<>\r\n]/.test(attribution))) {
    problems.push('BASEMAP_ATTRIBUTION must be one line of plain text, at most 300 characters');
  }
  const attributionUrl = env['BASEMAP_ATTRIBUTION_URL']?.trim() || null;
  if (attributionUrl && (!isHttpUrl(attributionUrl) || /[{}"<>\s]/.test(attributionUrl))) {
    problems.push('BASEMAP_ATTRIBUTION_URL must be an http(s) address');
  }
  if ((attribution || attributionUrl) && off) {
    problems.push(
      `BASEMAP_ATTRIBUTION and BASEMAP_ATTRIBUTION_URL need a basemap: BASEMAP_URL is "${BASEMAP_OFF}"`,
    );
  }
  const dist = env['WEB_DIST_DIR'] ? resolve(env['WEB_DIST_DIR']) : DEFAULT_WEB_DIST_DIR;
  if (env['WEB_DIST_DIR'] && !existsSync(dist)) problems.push(`WEB_DIST_DIR: no folder ${dist}`);
  const postcodes = env['POSTCODES_DIR']?.trim()
    ? resolve(env['POSTCODES_DIR'].trim())
    : DEFAULT_POSTCODES_DIR;
  if (env['POSTCODES_DIR']?.trim() && !existsSync(postcodes))
    problems.push(`POSTCODES_DIR: no folder ${postcodes} (a folder of the council's postcode CSV files)`);
  const places = env['PLACES_DIR']?.trim() ? resolve(env['PLACES_DIR'].trim()) : undefined;
  if (places && !existsSync(places))
    problems.push(
      `PLACES_DIR: no folder ${places} (a folder of the council's lists of places, as CSV files)`,
    );
  if (problems.length) throw new WebConfigError(problems);
  const osm = !given;
  return {
    distDir: dist,
    basemapUrl: basemap,
    basemapAttribution: attribution ?? (osm ? OSM_BASEMAP.attribution : null),
    basemapAttributionUrl: attributionUrl ?? (osm ? OSM_BASEMAP.attributionUrl : null),
    postcodesDir: postcodes,
    placesDir: places,
  };
}
