import type { Policy } from '../policy/policy.types';

/** A kind of event as the council's rules name it ("Road works (§35)"); the key when they have none. */
export function kindLabel(policy: Pick<Policy, 'kinds'>, kind: string): string {
  return (Object.hasOwn(policy.kinds, kind) ? policy.kinds[kind]?.label : undefined) ?? kind;
}
