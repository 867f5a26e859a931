import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { WEB_CONFIG, type WebConfig } from './web-config.util';

export const CONSOLE_PATH = '/app/';

// The console holds an API key in session storage: no framing, no third-party scripts.
const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
};

function csp(basemapUrl: string | null): string {
  const tiles = basemapUrl ? ` ${new URL(basemapUrl.replace(/[{}]/g, '')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Leaflet positions its panes with inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${tiles}`,
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Member Alerts</title></head>
<body style="font-family: arial, sans-serif; margin: 2em; max-width: 40em">
<h1>The web console has not been built</h1>
<p>Run <code>npm run build:web</code> in the repository, then reload this page.</p>
<p>The API itself is running: see <a href="/docs">its documentation</a>.</p></body></html>`;

/**
 * Serves the built web console under /app/. Any path under /app/ that is not a file answers with
 * the console's index.html, so its own router decides; API routes live outside /app/ and are untouched.
 */
@ApiExcludeController()
@Public()
// Static files do not count against the API's per-key request budget.
@SkipThrottle({ 'per-key': true })
@Controller()
export class WebConsoleController {
  private readonly headers: Record<string, string>;

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {
    this.headers = { ...CONSOLE_HEADERS, 'Content-Security-Policy': csp(config.basemapUrl) };
  }

  @Get()
  root(@Res() res: Response): void {
    res.redirect(302, CONSOLE_PATH);
  }

  @Get('app{/*path}')
  serve(@Req() req: Request, @Res() res: Response): void {
    if (req.path === '/app') {
      res.redirect(302, CONSOLE_PATH);
      return;
    }
    res.set(this.headers);
    const index = join(this.config.distDir, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    const file = this.fileFor(req.path.slice(CONSOLE_PATH.length));
    if (file) {
      // Vite names assets by content hash, so they never change.
      const immutable = file.includes(`${sep}assets${sep}`);
      res.sendFile(file, {
        dotfiles: 'deny',
        headers: { 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' },
      });
      return;
    }
    if (/\.[a-z0-9]{1,8}$/i.test(req.path)) {
      res.status(404).json({ statusCode: 404, error: 'Not Found', message: `no file ${req.path}` });
      return;
    }
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  }

  /** A file inside the build folder, never outside it. */
  private fileFor(relative: string): string | undefined {
    // Source maps are never served, even were a build to leave some behind.
    if (!relative || relative.includes('\0') || relative.endsWith('.map')) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(relative);
    } catch {
      return undefined;
    }
    const root = normalize(this.config.distDir + sep);
    const full = normalize(join(root, decoded));
    if (!full.startsWith(root)) return undefined;
    try {
      return statSync(full).isFile() ? full : undefined;
    } catch {
      return undefined;
    }
  }
}
