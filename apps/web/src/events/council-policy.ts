import { parsePolicy } from '@member-alerts/protocol/event';
import text from '../../../../fixtures/leicestershire/policy.yaml?raw';

// Until the API serves each council's rules, the console is built with Leicestershire's file and
// reads it as the API does: through the same checker, so a bad file fails the build's tests.
export const COUNCIL_POLICY = parsePolicy(text);
