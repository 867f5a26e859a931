import type { Policy } from '../policy/policy.types';

/** A kind of event: one of those the council's policy file defines under `kinds:`. */
export type EventKind = string;

/** The kinds the council's rules recognise, in the order its file gives them. */
export function kindsOf(policy: Pick<Policy, 'kinds'>): readonly EventKind[] {
  return Object.keys(policy.kinds);
}

export function isEventKind(value: unknown, policy: Pick<Policy, 'kinds'>): value is EventKind {
  return typeof value === 'string' && Object.hasOwn(policy.kinds, value);
}
