import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readFixture } from '../../../../tools/testing/fixtures';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A period running now: from two days ago to a month ahead, for the whole council or some divisions. */
export function periodNow(election: string, divisions?: string[]) {
  return { election, from: day(-2), to: day(30), ...(divisions ? { divisions } : {}) };
}

/**
 * Leicestershire's rules with pre-election periods of the test's own, written to a file for
 * POLICY_FILE. Its kinds keep their choices: invitations (facility_event, public_meeting) are held.
 */
export function preElectionPolicyFile(periods: readonly Record<string, unknown>[]): string {
  const file = parse(readFixture('leicestershire', 'policy.yaml')) as { preElection: { periods: unknown[] } };
  file.preElection.periods = [...periods];
  const path = join(mkdtempSync(join(tmpdir(), 'member-alerts-policy-')), 'policy.yaml');
  writeFileSync(path, stringify(file));
  return path;
}
