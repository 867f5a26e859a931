import { parsePolicy } from '@member-alerts/protocol/event';
// Until the API serves each council's rules, the console is built with Leicestershire's file (a
// data file outside any project, hence the exception) and reads it as the API does: through the
// same checker, so a bad file fails the console's tests.
// eslint-disable-next-line @nx/enforce-module-boundaries
import text from '../../../../fixtures/leicestershire/policy.yaml?raw';

export const COUNCIL_POLICY = parsePolicy(text);
