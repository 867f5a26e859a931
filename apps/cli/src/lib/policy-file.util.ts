import { join } from 'node:path';
import { parsePolicy, PolicyFileError, type Policy } from '@member-alerts/protocol';
import { CliError } from './cli-error';
import { councilFolder } from './council-files.util';
import { readTextFile } from './input.util';

/** A council's policy file, whole or not at all: every problem is reported with its line and key. */
export function loadPolicyFile(path: string | undefined): Policy {
  // Without --policy, the rules of the bundled council.
  const file = path ?? join(councilFolder(), 'policy.yaml');
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
