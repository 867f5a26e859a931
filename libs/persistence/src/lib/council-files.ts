import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's councils: a folder each of boundaries, roster, events and policy file. */
export const FIXTURES_DIR = join(__dirname, '..', '..', '..', '..', 'fixtures');

/**
 * The council the product runs when the COUNCIL setting is not given: named in the fixtures
 * (default-council.txt), so that no code names one.
 */
export function defaultCouncil(): string {
  return readFileSync(join(FIXTURES_DIR, 'default-council.txt'), 'utf8').trim();
}

/** A council's folder of fixtures, by its COUNCIL setting (under `root`, for a test's own folders). */
export function councilFolder(slug: string, root = FIXTURES_DIR): string {
  return join(root, slug);
}

/** The council's rules: its policy file. */
export function councilPolicyFile(slug: string, root = FIXTURES_DIR): string {
  return join(councilFolder(slug, root), 'policy.yaml');
}
