import type { AlertEvent } from '../event/alert-event.types';
import type { KindPolicy } from '../policy/policy.types';
import { meets } from './condition.util';

/** Whether members of adjoining divisions are told. An explicit `notifyAdjoining` wins either way. */
export function adjoiningAlerted(event: AlertEvent, rule: KindPolicy): boolean {
  if (event.notifyAdjoining !== undefined) return event.notifyAdjoining;
  if (rule.adjoining === 'always') return true;
  if (rule.adjoining === 'never') return false;
  return meets(event, rule.adjoining.when);
}
