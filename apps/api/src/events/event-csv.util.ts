import type { EventEntity } from '@member-alerts/persistence';
import { kindLabel, londonMoment, whenInWords, type AlertEvent, type Policy } from '@member-alerts/protocol';
import { csvLine } from '../common/csv.util';

type Happening = Pick<AlertEvent, 'description' | 'venue' | 'startsAt' | 'endsAt' | 'opensAt' | 'closesAt'>;

const HEADER = [
  'Title',
  'Kind',
  'Status',
  'When it happens',
  'Venue',
  'Description',
  'Divisions affected',
  'People told',
  'Registered',
  'Registered by',
  'Version',
  'Reference',
];

/** The events as a spreadsheet reads them: plain headings, dates in words on London's clock. */
export function eventsCsv(events: readonly EventEntity[], policy: Pick<Policy, 'kinds'>): string {
  const lines = [csvLine(HEADER)];
  for (const e of events) {
    const p = e.payload as Happening;
    const plan = e.plan;
    lines.push(
      csvLine([
        e.title,
        kindLabel(policy, e.kind),
        e.status === 'cancelled' ? 'Cancelled' : 'Active',
        whenInWords(p.startsAt ?? p.opensAt, p.endsAt ?? p.closesAt) ?? '',
        p.venue ?? '',
        p.description ?? '',
        (plan.affectedDivisions ?? []).join('; '),
        plan.recipients?.length ?? 0,
        londonMoment(e.createdAt.toISOString()) ?? '',
        e.createdBy,
        e.version,
        e.id,
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
