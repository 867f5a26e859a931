import type { AlertEvent } from '../event/alert-event.types';
import type { KindPolicy } from '../policy/policy.types';
import type { Meeting } from '../plan/plan.types';

/** §33: the meeting a sensitive report goes to, with the member's right to attend and speak at it. */
export function meetingFor(event: AlertEvent, kind: KindPolicy): Meeting | undefined {
  const rule = kind.meeting;
  const bodyName = event.body === undefined ? undefined : rule?.bodies[event.body];
  if (!rule || event.body === undefined || bodyName === undefined) return undefined;
  return {
    body: event.body,
    bodyName,
    ...(event.startsAt === undefined ? {} : { date: event.startsAt }),
    rightToAttendAndSpeak: rule.rightToAttendAndSpeak.replaceAll('{body}', bodyName),
    paragraph: rule.paragraph,
  };
}
