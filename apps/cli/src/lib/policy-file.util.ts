import { join } from 'node:path';
import { parsePolicy, PolicyFileError, type Policy } from '@member-alerts/protocol';
import { CliError } from './cli-error';
import { readTextFile } from './input.util';

/** Leicestershire's rules, the ones used when no --policy is given. */
export const LEICESTERSHIRE_POLICY = join(__dirname, '../../../../fixtures/leicestershire/policy.yaml');

/** A council's policy file, whole or not at all: every problem is reported with its line and key. */
export function loadPolicyFile(path: string | undefined): Policy {
  const file = path ?? LEICESTERSHIRE_POLICY;
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
