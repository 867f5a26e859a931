import type { AlertEvent } from '../event/alert-event.types';
import type { ExclusionRule, KindPolicy } from '../policy/policy.types';
import { meets } from './condition.util';

/** The first of the kind's exclusions that the event meets (§26, §32, §35), if any. */
export function exclusionFor(event: AlertEvent, rule: KindPolicy): ExclusionRule | undefined {
  return rule.exclusions.find((x) => meets(event, x.when));
}
