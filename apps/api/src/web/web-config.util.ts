import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the web console needs from the environment, read and checked once at boot. */
export interface WebConfig {
  /** The built console (apps/web/dist). */
  readonly distDir: string;
  /** An optional basemap, e.g. a council's own tile server: https://tiles.example/{z}/{x}/{y}.png */
  readonly basemapUrl: string | null;
  readonly basemapAttribution: string | null;
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');

export class WebConfigError extends Error {
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'WebConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_DIST = resolve(join(__dirname, '..', '..', '..', 'web', 'dist'));

export function loadWebConfig(env: Env = process.env): WebConfig {
  const problems: string[] = [];
  const basemap = env['BASEMAP_URL']?.trim() || null;
  if (basemap) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(basemap.replace(/[{}]/g, '')).protocol);
    } catch {
      ok = false;
    }
    if (!ok || !['{z}', '{x}', '{y}'].every((p) => basemap.includes(p))) {
      problems.push('BASEMAP_URL must be an http(s) tile URL with {z}, {x} and {y} in it');
    }
  }
  const attribution = env['BASEMAP_ATTRIBUTION']?.trim() || null;
  if (attribution && (attribution.length > 300 || /[<>\r\n]/.test(attribution))) {
    problems.push('BASEMAP_ATTRIBUTION must be one line of plain text, at most 300 characters');
  }
  const dist = env['WEB_DIST_DIR'] ? resolve(env['WEB_DIST_DIR']) : DEFAULT_DIST;
  if (env['WEB_DIST_DIR'] && !existsSync(dist)) problems.push(`WEB_DIST_DIR: no folder ${dist}`);
  if (problems.length) throw new WebConfigError(problems);
  return { distDir: dist, basemapUrl: basemap, basemapAttribution: attribution };
}
