import type { Officer } from '@member-alerts/roster';
import type { AlertEvent } from '../event/alert-event.types';
import type { KindPolicy } from '../policy/policy.types';
import type { Candidate } from '../plan/candidate.types';
import { foldLabel } from './fold-label.util';

/** §30: a member arranging a public meeting "should inform the relevant officer(s)": those for the service. */
export function serviceOfficers(
  event: AlertEvent,
  officers: readonly Officer[],
  kind: KindPolicy,
): Candidate[] {
  if (event.service === undefined) return [];
  const wanted = foldLabel(event.service);
  return officers.flatMap((person): Candidate[] => {
    const service = person.services.find((s) => foldLabel(s) === wanted);
    return service === undefined
      ? []
      : [
          {
            kind: 'officer',
            person,
            action: kind.action,
            reason: { relation: 'officer', paragraph: kind.paragraph, service },
          },
        ];
  });
}
