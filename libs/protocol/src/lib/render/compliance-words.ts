// The compliance report's figures as the console, its CSV and a committee paper name them.

export const COMPLIANCE_FIGURE_WORDS = {
  events: 'Events registered',
  membersTold: 'Members told',
  onTime: 'On time',
  late: 'Late',
  afterEvent: 'After the event',
  registeredLate: 'Registered after it happened or opened',
  failed: 'Failed, never delivered',
  acknowledgedIn7Days: 'Acknowledged within 7 days',
  escalations: 'Escalations to the leadership',
  held: 'Held before an election',
} as const;

export type ComplianceFigure = keyof typeof COMPLIANCE_FIGURE_WORDS;

/** "2026-07" → "July 2026". */
export function monthInWords(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 15)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
