import { join } from 'node:path';

// Until a council's revisions live in the database, every council is planned under this file.
export const POLICY_FILE = join(__dirname, '../../../../fixtures/leicestershire/policy.yaml');
