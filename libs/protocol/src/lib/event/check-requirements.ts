import type { KindPolicy } from '../policy/policy.types';
import type { AlertEvent, FieldError } from './alert-event.types';

type Checked = Pick<
  AlertEvent,
  'kind' | 'opensAt' | 'startsAt' | 'body' | 'service' | 'portfolio' | 'escalate'
>;

/** The fields a kind needs (from the policy table), and the portfolio a lead-member escalation needs. */
export function checkRequirements(event: Checked, rule: KindPolicy, errors: FieldError[]): void {
  for (const req of rule.requires) {
    const value = event[req.field];
    if (value === undefined) {
      errors.push({ field: req.field, message: `is required for a ${event.kind}: ${req.because}` });
    } else if (req.oneOf && !req.oneOf.includes(value)) {
      errors.push({
        field: req.field,
        message: `"${value}" is not one of ${req.oneOf.join(', ')} (${req.because})`,
      });
    }
  }
  // §36 names "the Cabinet Lead Member": the one for the matter in hand.
  const i = event.escalate?.indexOf('cabinet_lead_member') ?? -1;
  if (i >= 0 && event.portfolio === undefined) {
    errors.push({
      field: `escalate[${i}]`,
      message: "cabinet_lead_member needs the event's portfolio, to know which lead member to tell (§36)",
    });
  }
}
