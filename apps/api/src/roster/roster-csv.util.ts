import { MEMBER_COLUMNS, OFFICER_COLUMNS } from '@member-alerts/roster';
import { csvLine } from '../common/csv.util';
import type { MemberView } from './roster-view.util';

// Lists go in one cell separated by "; ", as the import splits them.
const list = (values: readonly string[]) => values.join('; ');

function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}

/** The members, in the columns a members import reads: exported, edited and imported back. */
export function membersCsv(members: readonly MemberView[]): string {
  return csvFile(
    MEMBER_COLUMNS,
    members.map((m) => [
      m.externalId,
      m.name,
      m.email,
      m.division ?? '',
      list(m.roles),
      m.portfolio ?? '',
      list(m.interests),
      list(m.chairs),
      m.mobile ?? '',
    ]),
  );
}

/** The officers, in the columns an officers import reads. */
export function officersCsv(
  officers: readonly { externalId: string; name: string; email: string; services: readonly string[] }[],
): string {
  return csvFile(
    OFFICER_COLUMNS,
    officers.map((o) => [o.externalId, o.name, o.email, list(o.services)]),
  );
}
