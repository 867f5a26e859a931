import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * The bundled council the CLI uses when no file is named: the COUNCIL setting, else the one
 * fixtures/default-council.txt names. Its folder holds its boundaries, roster, events and rules.
 */
export function councilFolder(): string {
  const fixtures = join(ROOT, 'fixtures');
  const slug = process.env['COUNCIL'] || readFileSync(join(fixtures, 'default-council.txt'), 'utf8').trim();
  return join(fixtures, slug);
}

/** A path as a person types it from the repository's root. */
export function fromRoot(path: string): string {
  return relative(ROOT, path);
}
