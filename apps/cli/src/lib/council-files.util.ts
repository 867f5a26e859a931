import { join, relative } from 'node:path';
import { councilFolder as folderOf, defaultCouncil, FIXTURES_DIR } from '@member-alerts/persistence';

/**
 * The bundled council the CLI uses when no file is named: the COUNCIL setting, else the one
 * fixtures/default-council.txt names. Its folder holds its boundaries, roster, events and rules.
 */
export function councilFolder(): string {
  return folderOf(process.env['COUNCIL'] || defaultCouncil());
}

/** A path as a person types it from the repository's root. */
export function fromRoot(path: string): string {
  return relative(join(FIXTURES_DIR, '..'), path);
}
