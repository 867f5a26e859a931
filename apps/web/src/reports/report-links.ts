import { COMPLIANCE_FIGURE_WORDS } from '@member-alerts/protocol/wording';
import type { ComplianceFigure } from '../api/types';

export { COMPLIANCE_FIGURE_WORDS };

/** The report's filters as the page's address and the API read them. */
export const REPORT_FILTERS = ['from', 'to', 'kind', 'service', 'division'] as const;
export type ReportFilters = Record<(typeof REPORT_FILTERS)[number], string>;

export const FIGURE_ORDER = Object.keys(COMPLIANCE_FIGURE_WORDS) as ComplianceFigure[];

/** The address of the page listing the events behind one figure, with the report's filters. */
export function figureLink(figure: ComplianceFigure, f: Partial<ReportFilters>): string {
  const q = new URLSearchParams({ figure });
  for (const k of REPORT_FILTERS) if (f[k]) q.set(k, f[k]);
  return `/reports/events?${q.toString()}`;
}
