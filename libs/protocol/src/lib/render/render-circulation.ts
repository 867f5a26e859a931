import type { Plan, Recipient } from '../plan/plan.types';
import type { CouncilWords } from '../policy/policy.types';
import { revisionInWords } from '../revision/policy-revision';

export const CIRCULATION_HEADING = 'Circulation under the Local Issues Alert Procedure';

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The paragraph a report author pastes into a committee report: the members circulated, grouped
 * by their division, as "Name CC (Division)"; "None." when no member is, and every member in the
 * council's own words when it affects the whole area. Officers are not listed. The last line names
 * the revision of the council's rules the plan was made under.
 */
export function renderCirculation(plan: Plan, words: Pick<CouncilWords, 'circulationName'>): string {
  const under = plan.revision ? `\n\nPlanned under ${revisionInWords(plan.revision)}.` : '';
  return `${circulated(plan, words)}${under}`;
}

function circulated(plan: Plan, words: Pick<CouncilWords, 'circulationName'>): string {
  const members = plan.recipients.filter(
    (r): r is Recipient & { division: string } => r.kind === 'member' && r.division !== undefined,
  );
  if (members.length === 0) return `${CIRCULATION_HEADING}\n\nNone.`;
  if (plan.countywide) return `${CIRCULATION_HEADING}\n\nAll members of the ${words.circulationName}.`;
  const byDivision = new Map<string, string[]>();
  for (const m of members) byDivision.set(m.division, [...(byDivision.get(m.division) ?? []), m.name]);
  const lines = [...byDivision]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([division, names]) => {
      const sorted = [...names].sort((a, b) => a.localeCompare(b)).map((n) => `${n} CC`);
      return `${joinNames(sorted)} (${division})`;
    });
  return `${CIRCULATION_HEADING}\n\n${lines.join('\n')}`;
}
