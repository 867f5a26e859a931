import type { KindPolicy, Policy } from '../policy/policy.types';
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

/** The fields a kind needs, and the portfolio a role held for one needs: both from the council's policy. */
export function checkRequirements(
  event: Checked,
  rule: KindPolicy,
  errors: FieldError[],
  policy: Pick<Policy, 'roles' | 'workingDays'>,
): void {
  checkWorkingDays(event, rule, policy.workingDays?.closures ?? [], errors);
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
  if (event.portfolio !== undefined) return;
  (event.escalate ?? []).forEach((role, i) => {
    const because = policy.roles?.[role]?.needsPortfolio;
    if (because !== undefined && event.escalate?.indexOf(role) === i)
      errors.push({ field: `escalate[${i}]`, message: `${role} needs the event's portfolio, ${because}` });
  });
}
