import { join } from 'node:path';
import { parsePolicy, PolicyFileError, type Policy } from '@member-alerts/protocol';
import { CliError } from './cli-error';
import { readTextFile } from './input.util';

const FIXTURES = join(__dirname, '../../../../fixtures');

/** The rules used when no --policy is given: those of the council COUNCIL names, as the API reads them. */
export function councilPolicyFile(council = process.env['COUNCIL'] ?? 'leicestershire'): string {
  return join(FIXTURES, council, 'policy.yaml');
}

/** A council's policy file, whole or not at all: every problem is reported with its line and key. */
export function loadPolicyFile(path: string | undefined): Policy {
  const file = path ?? councilPolicyFile();
  const text = readTextFile(file, 'policy file');
  try {
    return parsePolicy(text);
  } catch (e) {
    if (!(e instanceof PolicyFileError)) throw e;
    const n = e.problems.length;
    throw new CliError(
      `policy file "${file}" has ${n} problem${n === 1 ? '' : 's'}, so none of it is used:\n${e.message}`,
    );
  }
}
