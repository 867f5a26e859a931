import type { Member, Officer } from '@member-alerts/roster';
import type { Action } from '../policy/policy.types';
import type { Reason } from './plan.types';

/** One reason to tell one person, before the reasons are merged into one entry per person. */
export type Candidate =
  | { readonly kind: 'member'; readonly person: Member; readonly action: Action; readonly reason: Reason }
  | { readonly kind: 'officer'; readonly person: Officer; readonly action: Action; readonly reason: Reason };

/** What a rule found: who, and anything democratic services should look at. */
export interface RuleResult {
  readonly candidates: readonly Candidate[];
  readonly warnings: readonly string[];
}
