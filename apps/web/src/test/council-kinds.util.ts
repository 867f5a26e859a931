import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolePolicy, parsePolicy } from '@member-alerts/protocol/policy';
import { councilChoices, kindSpecs, type CouncilChoices, type KindSpec } from '../events/event-kinds';

// The form's tests read Leicestershire's own file, as the API serves it, so they check the words the
// council's rules give rather than a copy of them.
const FILE = join(__dirname, '../../../../fixtures/leicestershire/policy.yaml');

/** Leicestershire's rules as GET /policy serves them. */
export const SERVED = consolePolicy(parsePolicy(readFileSync(FILE, 'utf8')));

export const LEICESTERSHIRE_KINDS: readonly KindSpec[] = kindSpecs(SERVED);

/** Its bodies, roles and words for its whole area, as the form offers them. */
export const LEICESTERSHIRE_CHOICES: CouncilChoices = councilChoices(SERVED);
