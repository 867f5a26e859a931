import type { KindPolicy } from '../policy/policy.types';
import { BANK_HOLIDAY_RANGE, workingDaysBefore } from '../policy/working-days.util';
import type { AlertEvent, FieldError } from './alert-event.types';

type Checked = Pick<
  AlertEvent,
  | 'kind'
  | 'opensAt'
  | 'startsAt'
  | 'endsAt'
  | 'closesAt'
  | 'respondBy'
  | 'body'
  | 'service'
  | 'portfolio'
  | 'escalate'
>;

// A working-day count that leaves the bank-holiday data would be a guess: refuse the date instead.
function checkWorkingDays(
  event: Checked,
  rule: KindPolicy,
  closures: readonly string[],
  errors: FieldError[],
) {
  const timing = rule.timing;
  if (timing.at !== 'workingDaysBefore') return;
  const date = event[timing.field];
  if (date !== undefined && !workingDaysBefore(new Date(date), timing.days, closures)) {
    errors.push({
      field: timing.field,
      message: `cannot be counted back ${timing.days} working days from: ${BANK_HOLIDAY_RANGE}`,
    });
  }
}

/** The fields a kind needs (from the policy table), and the portfolio a lead-member escalation needs. */
export function checkRequirements(
  event: Checked,
  rule: KindPolicy,
  errors: FieldError[],
  closures: readonly string[] = [],
): void {
  checkWorkingDays(event, rule, closures, errors);
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
