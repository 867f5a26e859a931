import type { DivisionSet } from '@member-alerts/geo';
import { indexRoster, rosterRules, type Policy } from '@member-alerts/protocol';
import { formatProblems, importMembersCsv, importOfficersCsv, type Officer } from '@member-alerts/roster';
import { CliError, UsageError } from './cli-error';
import { readTextFile } from './input.util';
import type { Output } from './output.util';

/** Reads the members and (optionally) officers CSV files, failing with every bad row named. */
export function loadRoster(
  divisions: DivisionSet,
  membersPath: string,
  officersPath: string | undefined,
  out: Output,
  policy: Policy,
) {
  // A member's roles and the bodies they chair are those the council's rules define.
  const members = importMembersCsv(readTextFile(membersPath, 'members file'), divisions, rosterRules(policy));
  if (!members.ok)
    throw new CliError(`members file "${membersPath}" has problems:\n${formatProblems(members.problems)}`);
  for (const w of members.warnings) out.note(`warning: ${w}`);
  let officers: readonly Officer[] = [];
  if (officersPath !== undefined) {
    const result = importOfficersCsv(readTextFile(officersPath, 'officers file'));
    if (!result.ok)
      throw new CliError(`officers file "${officersPath}" has problems:\n${formatProblems(result.problems)}`);
    officers = result.rows;
  }
  return { members: members.rows, officers, roster: indexRoster(members.rows) };
}

/** `--now`, the moment plans are made for; now when not given. */
export function readNow(value: string | undefined): Date {
  const now = value === undefined ? new Date() : new Date(value);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now must be an ISO 8601 date-time, got "${value}"`);
  return now;
}
