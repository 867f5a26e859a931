import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolePolicy, parsePolicy } from '@member-alerts/protocol/policy';
import { kindSpecs, type KindSpec } from '../events/event-kinds';

// The form's tests read Leicestershire's own file, as the API serves it, so they check the words the
// council's rules give rather than a copy of them.
const FILE = join(__dirname, '../../../../fixtures/leicestershire/policy.yaml');

export const LEICESTERSHIRE_KINDS: readonly KindSpec[] = kindSpecs(
  consolePolicy(parsePolicy(readFileSync(FILE, 'utf8'))),
);
