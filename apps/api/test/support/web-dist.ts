import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in build of the console (an index.html and one asset), so a test does not depend on
 * `npm run build:web`. Sets WEB_DIST_DIR; call the returned function to remove it.
 */
export function standInConsoleBuild(): () => void {
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Member Alerts</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("console");');
  process.env['WEB_DIST_DIR'] = dist;
  return () => rmSync(dist, { recursive: true, force: true });
}
