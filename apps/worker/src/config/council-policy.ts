import { readFileSync } from 'node:fs';
import { councilPolicyFile } from '@member-alerts/persistence';
import { parsePolicy, type Policy } from '@member-alerts/protocol';

/** The council's rules, read from its policy file once at boot: a bad file stops the worker. */
export const COUNCIL_POLICY = Symbol('COUNCIL_POLICY');

export function readCouncilPolicy(councilSlug: string): Policy {
  return parsePolicy(readFileSync(councilPolicyFile(councilSlug), 'utf8'));
}
