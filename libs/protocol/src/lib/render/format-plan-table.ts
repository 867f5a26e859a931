import type { Plan, Reason, Recipient } from '../plan/plan.types';

function relationLabel(r: Reason): string {
  const detail =
    r.role?.replace(/_/g, ' ') ??
    (r.chairOf === undefined ? undefined : `chair of ${r.chairOf.replace(/_/g, ' ')}`) ??
    r.topic ??
    r.service;
  return detail === undefined ? r.relation : `${r.relation}: ${detail}`;
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

function row(r: Recipient): string[] {
  return [
    r.name,
    r.action,
    unique(r.reasons.map(relationLabel)).join(', '),
    unique(r.reasons.flatMap((x) => x.paragraph.split(/,\s*/)))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
      .join(', '),
    r.division ?? (r.kind === 'officer' ? '(officer)' : ''),
    r.email,
  ];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function divisionsLine(names: readonly string[]): string {
  return names.length ? `${names.join('; ')} (${names.length})` : 'none';
}

/** A plan as democratic services read it: the event, where, when, then one row per person told. */
export function formatPlanTable(plan: Plan): string {
  const out: string[] = [
    `${plan.title}${plan.eventId ? ` [${plan.eventId}]` : ''}`,
    `Kind:       ${plan.kind} (§${plan.paragraph}): ${plan.summary}`,
    `Send at:    ${plan.sendAt}`,
    `Affected:   ${plan.countywide ? `countywide, all ${plan.affectedDivisions.length} divisions` : divisionsLine(plan.affectedDivisions)}`,
    `Adjoining:  ${divisionsLine(plan.adjoiningDivisions)}${plan.adjoiningDivisions.length ? (plan.adjoiningAlerted ? ', told' : ', not told') : ''}`,
  ];
  if (plan.meeting) {
    const when = plan.meeting.date ? ` on ${plan.meeting.date}` : '';
    out.push(
      `Meeting:    ${plan.meeting.bodyName}${when}. §${plan.meeting.paragraph}: ${plan.meeting.rightToAttendAndSpeak}`,
    );
  }
  out.push('');
  if (plan.recipients.length) {
    out.push(...table(['Name', 'Action', 'Relation', '§', 'Division', 'E-mail'], plan.recipients.map(row)));
    out.push('', `${plan.recipients.length} to be told.`);
  } else out.push('Nobody is to be told.');
  for (const x of plan.excluded ?? []) out.push(`Excluded (§${x.paragraph}): ${x.reason}`);
  for (const w of plan.warnings ?? []) out.push(`Warning: ${w}`);
  return out.join('\n');
}
