import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ComplianceParams, FIGURES, type Figure, NotificationReports } from '@member-alerts/outbox';
import { CouncilEntity } from '@member-alerts/persistence';
import type { Policy } from '@member-alerts/protocol';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { periodInWords, type ReportPeriod } from './report-period.util';

export interface ReportFilter {
  readonly kind?: string;
  /** 'none': events that name no service. */
  readonly service?: string;
  readonly division?: string;
}

export type Figures = Record<Figure, number>;

export interface ComplianceReport {
  period: ReportPeriod & { words: string };
  filter: { kind: string | null; service: string | null; division: string | null };
  council: string;
  source: string;
  madeAt: string;
  totals: Figures;
  byKind: (Figures & { kind: string; label: string; paragraph: string })[];
  byService: (Figures & { service: string | null })[];
  byMonth: (Figures & { month: string })[];
}

type Row = Figures & { grouping: number; kind: string | null; service: string | null; month: string | null };

// GROUPING(kind, service, month): a bit is set for each column the row does not group by.
const TOTAL = 0b111;
const BY_KIND = 0b011;
const BY_SERVICE = 0b101;
const BY_MONTH = 0b110;

/** The limit on the events a figure links to: a page a person reads, not an export. */
export const FIGURE_EVENTS_LIMIT = 500;

export const SOURCE =
  'Member Alerts: the events registered, and the delivery record of each notice to a member (when it was accepted by the mail server, or why it failed, and when it was acknowledged)';

const figuresOf = (r: Row): Figures => Object.fromEntries(FIGURES.map((f) => [f, r[f]])) as Figures;

const zero = (): Figures => Object.fromEntries(FIGURES.map((f) => [f, 0])) as Figures;

/** For each kind, the event date its timing counts back from; kinds sent "now" have none. */
function timedFields(policy: Policy): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [kind, k] of Object.entries(policy.kinds))
    if (k.timing.at !== 'now') fields[kind] = k.timing.field;
  return fields;
}

/** The compliance report for the Monitoring Officer: figures from one SQL statement, no officer named. */
@Injectable()
export class ComplianceReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly reports: NotificationReports,
  ) {}

  // Notices are judged against the timing of the rules in force now (the revision the Rules page
  // shows), so one report reads the same way across its period.
  private async params(p: Principal, period: ReportPeriod, f: ReportFilter): Promise<ComplianceParams> {
    const { policy } = await this.context.policyOf(p.councilId);
    return {
      councilId: p.councilId,
      from: period.from,
      to: period.to,
      timedFields: timedFields(policy),
      kind: f.kind ?? null,
      service: f.service ?? null,
      division: f.division ?? null,
    };
  }

  async report(
    p: Principal,
    period: ReportPeriod,
    f: ReportFilter,
    now = new Date(),
  ): Promise<ComplianceReport> {
    const { policy } = await this.context.policyOf(p.councilId);
    const rows = await this.reports.complianceFigures<Row>(await this.params(p, period, f));
    const council = await this.db.manager.findOne(CouncilEntity, { where: { id: p.councilId } });
    const of = (g: number) => rows.filter((r) => r.grouping === g);
    const total = of(TOTAL)[0];
    const kinds = Object.keys(policy.kinds);
    const rank = (k: string) => (kinds.includes(k) ? kinds.indexOf(k) : kinds.length);
    return {
      period: { ...period, words: periodInWords(period) },
      filter: { kind: f.kind ?? null, service: f.service ?? null, division: f.division ?? null },
      council: council?.name ?? '',
      source: SOURCE,
      madeAt: now.toISOString(),
      totals: total ? figuresOf(total) : zero(),
      byKind: of(BY_KIND)
        .filter((r) => r.events > 0)
        .sort((a, b) => rank(a.kind ?? '') - rank(b.kind ?? ''))
        .map((r) => {
          const kind = r.kind ?? '';
          const k = policy.kinds[kind];
          return { kind, label: k?.label ?? kind, paragraph: k?.paragraph ?? '', ...figuresOf(r) };
        }),
      byService: of(BY_SERVICE)
        .filter((r) => r.events > 0)
        .sort((a, b) => (a.service ?? '\uffff').localeCompare(b.service ?? '\uffff'))
        .map((r) => ({ service: r.service, ...figuresOf(r) })),
      byMonth: of(BY_MONTH)
        .filter((r) => r.events > 0)
        .sort((a, b) => (a.month ?? '').localeCompare(b.month ?? ''))
        .map((r) => ({ month: r.month ?? '', ...figuresOf(r) })),
    };
  }

  /** The events one figure counts, so that every number can be checked. */
  async events(p: Principal, period: ReportPeriod, f: ReportFilter, figure: Figure) {
    const rows = await this.reports.figureEvents(
      await this.params(p, period, f),
      figure,
      FIGURE_EVENTS_LIMIT + 1,
    );
    return {
      figure,
      period: { ...period, words: periodInWords(period) },
      more: rows.length > FIGURE_EVENTS_LIMIT,
      events: rows
        .slice(0, FIGURE_EVENTS_LIMIT)
        .map((r) => ({ ...r, registeredAt: r.registeredAt.toISOString() })),
    };
  }
}
