import type { AlertEvent } from '../event/alert-event.types';
import type { Condition } from '../policy/policy.types';

/** Whether an event meets a condition from the policy table. */
export function meets(event: AlertEvent, condition: Condition): boolean {
  if ('flag' in condition) return (event[condition.flag] ?? false) === condition.is;
  if ('allOf' in condition) return condition.allOf.every((c) => meets(event, c));
  if ('anyOf' in condition) return condition.anyOf.some((c) => meets(event, c));
  return event.body !== undefined && condition.bodyIn.includes(event.body);
}
