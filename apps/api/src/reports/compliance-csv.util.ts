import { COMPLIANCE_FIGURE_WORDS, monthInWords } from '@member-alerts/protocol';
import { csvLine } from '../common/csv.util';
import type { ComplianceReport, Figures } from './compliance-report.service';
import { FIGURES } from '@member-alerts/outbox';

/** The report as one table for a spreadsheet: the whole period, then each kind, service and month. */
export function complianceCsv(r: ComplianceReport): string {
  const line = (group: string, name: string, paragraph: string, f: Figures) =>
    csvLine([r.period.from, r.period.to, group, name, paragraph, ...FIGURES.map((k) => f[k])]);
  const lines = [
    csvLine([
      'From',
      'To',
      'Figures for',
      'Name',
      'Paragraph',
      ...FIGURES.map((f) => COMPLIANCE_FIGURE_WORDS[f]),
    ]),
    line('All events', r.council, '', r.totals),
    ...r.byKind.map((k) => line('Kind', k.label, k.paragraph ? `§${k.paragraph}` : '', k)),
    ...r.byService.map((s) => line('Service', s.service ?? 'No service given', '', s)),
    ...r.byMonth.map((m) => line('Month registered', monthInWords(m.month), '', m)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export const csvFileName = (r: ComplianceReport) => `compliance-${r.period.from}-to-${r.period.to}.csv`;
