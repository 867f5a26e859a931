import type { AlertEvent } from '../event/alert-event.types';
import type { ParsedEvent } from '../event/parsed-event';
import { EventValidationError } from '../event/event-validation-error';
import type { KindPolicy } from '../policy/policy.types';
import { adjoiningAlerted } from '../rules/adjoining.rule';
import { affectedDivisions } from '../rules/affected-divisions.rule';
import { divisionMembers } from '../rules/division-members.rule';
import { escalationMembers } from '../rules/escalation.rule';
import { exclusionFor } from '../rules/exclusion.rule';
import { interestMembers } from '../rules/interest.rule';
import { meetingFor } from '../rules/meeting.rule';
import { indexRoster, type RosterIndex } from '../rules/roster-index.util';
import { sendAt } from '../rules/send-at.rule';
import { serviceOfficers } from '../rules/service-officers.rule';
import type { Candidate, RuleResult } from './candidate.types';
import { mergeRecipients } from './merge-recipients.util';
import type { Plan, PlanContext } from './plan.types';

/** The kind's own audience, and what to say if it turns out to be nobody. */
function audience(
  event: AlertEvent,
  kind: KindPolicy,
  affected: string[],
  ctx: PlanContext,
  roster: RosterIndex,
): RuleResult & { nobody: string } {
  switch (kind.audience) {
    case 'local_members': {
      const found = divisionMembers(
        roster,
        affected,
        'local',
        kind.paragraph,
        kind.action,
        ctx.divisions,
      );
      return { ...found, nobody: 'No member for the affected division(s) is on the roster' };
    }
    case 'service_officers': {
      const candidates = serviceOfficers(event, ctx.officers ?? [], kind);
      const nobody = !ctx.officers
        ? 'No list of officers was given, so no officer can be informed'
        : `No officer's services include "${event.service ?? ''}", so no officer can be informed`;
      return { candidates, warnings: [], nobody };
    }
  }
}

/**
 * Works out who must be told of an event parseEvent checked, why, which paragraph says so, and
 * when. Pure: the same event, roster, divisions and clock always give the same plan.
 */
export function planEvent(event: ParsedEvent, ctx: PlanContext): Plan {
  const policy = ctx.policy;
  const kind = policy.kinds[event.kind];
  if (!kind) {
    throw new EventValidationError([
      { field: 'kind', message: `"${event.kind}" is not a kind of event ${policy.council}'s rules define` },
    ]);
  }
  const area = affectedDivisions(event, kind, ctx.divisions);
  const adjoining = ctx.divisions.adjoining(area.names);
  const alertAdjoining = adjoiningAlerted(event, kind) && adjoining.length > 0;
  const timing = sendAt(event, kind, ctx.now, policy.workingDays?.closures);

  const plan: Plan = {
    ...(event.id === undefined ? {} : { eventId: event.id }),
    kind: event.kind,
    title: event.title,
    paragraph: kind.paragraph,
    summary: kind.summary,
    basis: area.basis,
    countywide: area.basis === 'countywide',
    affectedDivisions: area.names,
    adjoiningDivisions: adjoining,
    adjoiningAlerted: alertAdjoining,
    sendAt: timing.at,
    recipients: [],
    ...(ctx.revision ? { revision: ctx.revision } : {}),
  };
  const warnings: string[] = [...(area.warnings ?? []), ...(timing.warning ? [timing.warning] : [])];

  // §26, §32, §35: cases the protocol carves out reach nobody, not even by interest or escalation.
  const exclusion = exclusionFor(event, kind);
  if (exclusion) {
    if (event.escalate?.length) warnings.push('escalate was not acted on, because the event is excluded');
    return {
      ...plan,
      adjoiningAlerted: false,
      excluded: [{ reason: exclusion.reason, paragraph: exclusion.paragraph }],
      ...(warnings.length ? { warnings } : {}),
    };
  }

  const roster = ctx.roster ?? indexRoster(ctx.members);
  const own = audience(event, kind, area.names, ctx, roster);
  const candidates: Candidate[] = [...own.candidates];
  warnings.push(...own.warnings);
  if (alertAdjoining) {
    const near = divisionMembers(
      roster,
      adjoining,
      'adjoining',
      kind.paragraph,
      kind.action,
      ctx.divisions,
    );
    candidates.push(...near.candidates);
    warnings.push(...near.warnings);
  }
  if (kind.interest) candidates.push(...interestMembers(event, roster, area.names, policy.interest));
  const escalation = escalationMembers(event, kind, ctx.members, policy);
  candidates.push(...escalation.candidates);
  warnings.push(...escalation.warnings);

  const recipients = mergeRecipients(candidates);
  // Nobody at all: that is the plan's exclusion. Others told, but not the kind's own audience: a warning.
  if (recipients.length > 0 && own.candidates.length === 0) warnings.push(own.nobody);
  const meeting = meetingFor(event, kind);
  return {
    ...plan,
    recipients,
    ...(recipients.length === 0 ? { excluded: [{ reason: own.nobody, paragraph: kind.paragraph }] } : {}),
    ...(meeting ? { meeting } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}
