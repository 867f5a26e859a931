import { monthInWords } from '@member-alerts/protocol/wording';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { ComplianceReport } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button, Select, TextInput } from '../components/fields';
import { DownloadCsvButton } from '../components/download-csv';
import { DivisionFilter, KindFilter } from '../components/filter-selects';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime } from '../components/wording';
import { useCouncilKinds } from '../events/use-council-kinds';
import { FigureLink, FiguresTable } from '../reports/figures-table';
import {
  COMPLIANCE_FIGURE_WORDS,
  FIGURE_ORDER,
  figureLink,
  REPORT_FILTERS,
  type ReportFilters,
} from '../reports/report-links';
import { TimelinessChart } from '../reports/timeliness-chart';

const NO_SERVICE = 'none';

/** The compliance report: how well the protocol was kept over a period, for the Monitoring Officer and committees. */
export function ReportsPage() {
  usePageTitle('Compliance report');
  const { api } = useSession();
  const { kinds } = useCouncilKinds(api);
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(REPORT_FILTERS.map((f) => [f, params.get(f) ?? ''])) as ReportFilters;
  const [form, setForm] = useState<ReportFilters>(current);
  const report = useLoad(
    (signal) => api.json<ComplianceReport>('/reports/compliance', { signal, query: current }),
    [api, params.toString()],
  );
  const r = report.data;
  // With no period asked for, the form shows the one the report covers (the last full quarter).
  useEffect(() => {
    if (r && !params.get('from') && !params.get('to'))
      setForm((f) => ({ ...f, from: r.period.from, to: r.period.to }));
  }, [r, params]);

  const apply = (ev: FormEvent) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const f of REPORT_FILTERS) if (form[f].trim()) next.set(f, form[f].trim());
    setParams(next);
  };
  // The links behind each figure keep the period the report shows.
  const base: Partial<ReportFilters> = r ? { ...current, from: r.period.from, to: r.period.to } : current;

  return (
    <div className="app-report">
      <p className="govuk-caption-l app-print-only">{r?.council}</p>
      <h1 className="govuk-heading-l">Compliance with the protocol on member/officer relations</h1>
      <p className="govuk-body app-print-hidden">
        How early members were told of events registered in a period, against the council’s rules; what
        failed, what was acknowledged and what was escalated. The figures are about services, not officers.
        Each number opens the events behind it.
      </p>
      {r && (
        <dl className="govuk-summary-list app-report__paper" data-testid="report-paper">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Period</dt>
            <dd className="govuk-summary-list__value">Events registered from {r.period.words}</dd>
          </div>
          {(r.filter.kind || r.filter.service || r.filter.division) && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Only</dt>
              <dd className="govuk-summary-list__value">
                {[
                  r.filter.kind && (kinds.find((k) => k.kind === r.filter.kind)?.label ?? r.filter.kind),
                  r.filter.service &&
                    (r.filter.service === NO_SERVICE ? 'events naming no service' : r.filter.service),
                  r.filter.division && `the ${r.filter.division} division`,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </dd>
            </div>
          )}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Source</dt>
            <dd className="govuk-summary-list__value">{r.source}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Made</dt>
            <dd className="govuk-summary-list__value">{dateTime(r.madeAt)}</dd>
          </div>
        </dl>
      )}
      <form onSubmit={apply} className="govuk-!-margin-bottom-6" aria-label="Choose the period and filters">
        <div className="app-filters">
          <TextInput
            id="report-from"
            label="From"
            type="date"
            value={form.from}
            onChange={(from) => setForm({ ...form, from })}
          />
          <TextInput
            id="report-to"
            label="To"
            type="date"
            value={form.to}
            onChange={(to) => setForm({ ...form, to })}
          />
          <KindFilter
            api={api}
            id="report-kind"
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind })}
          />
          <Select
            id="report-service"
            label="Service"
            value={form.service}
            onChange={(service) => setForm({ ...form, service })}
            options={[
              { value: '', label: 'All services' },
              ...(r?.byService ?? []).map((s) => ({
                value: s.service ?? NO_SERVICE,
                label: s.service ?? 'No service given',
              })),
              ...(form.service && !r?.byService.some((s) => (s.service ?? NO_SERVICE) === form.service)
                ? [
                    {
                      value: form.service,
                      label: form.service === NO_SERVICE ? 'No service given' : form.service,
                    },
                  ]
                : []),
            ]}
          />
          <DivisionFilter
            api={api}
            id="report-division"
            value={form.division}
            onChange={(division) => setForm({ ...form, division })}
          />
        </div>
        <div className="app-inline-buttons">
          <Button type="submit" secondary>
            Show the report
          </Button>
          <DownloadCsvButton
            api={api}
            path="/reports/compliance.csv"
            filename={r ? `compliance-${r.period.from}-to-${r.period.to}.csv` : 'compliance.csv'}
            query={current}
          />
          <Button secondary onClick={() => window.print()}>
            Print for a committee
          </Button>
        </div>
      </form>
      {report.error && (
        <p className="govuk-error-message" role="alert">
          {report.error}
        </p>
      )}
      {r && <ReportBody report={r} base={base} />}
    </div>
  );
}

function ReportBody({
  report: r,
  base,
}: {
  readonly report: ComplianceReport;
  readonly base: Partial<ReportFilters>;
}) {
  if (r.totals.events === 0) return <p className="govuk-body">No events were registered in this period.</p>;
  return (
    <>
      <h2 className="govuk-heading-m">In all</h2>
      <dl className="govuk-summary-list app-report__totals" data-testid="report-totals">
        {FIGURE_ORDER.map((f) => (
          <div key={f} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{COMPLIANCE_FIGURE_WORDS[f]}</dt>
            <dd className="govuk-summary-list__value">
              <FigureLink value={r.totals[f]} to={figureLink(f, base)} label={COMPLIANCE_FIGURE_WORDS[f]} />
              {f === 'held' && r.totals.held === 0 && (
                <span className="govuk-hint app-inline-hint"> none held</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="app-report__charts">
        <TimelinessChart
          id="by-month"
          title="Notices on time and late, by month registered"
          heading="Month"
          bars={r.byMonth.map((m) => ({ ...m, name: monthInWords(m.month) }))}
        />
        <TimelinessChart
          id="by-kind"
          title="Notices on time and late, by kind"
          heading="Kind"
          bars={r.byKind.map((k) => ({ ...k, name: k.label }))}
        />
      </div>
      <FiguresTable
        caption="For each kind of event"
        heading="Kind"
        rows={r.byKind.map((k) => ({
          key: k.kind,
          name: k.label,
          filters: { ...base, kind: k.kind },
          figures: k,
        }))}
      />
      <FiguresTable
        caption="For each service"
        heading="Service"
        rows={r.byService.map((s) => ({
          key: s.service ?? NO_SERVICE,
          name: s.service ?? 'No service given',
          filters: { ...base, service: s.service ?? NO_SERVICE },
          figures: s,
        }))}
      />
      <h2 className="govuk-heading-m">How the figures are counted</h2>
      <ul className="govuk-list govuk-list--bullet govuk-body-s">
        <li>
          Events registered in the period, and each member’s first notice of them. Officers told under §30 are
          not counted.
        </li>
        <li>
          On time: accepted by the mail server before the date the council’s rules time the notice from (a
          consultation’s opening), or, for kinds sent as early as possible, within an hour of its time. Late:
          after that. After the event: after the event started (a consultation: after it closed).
        </li>
        <li>Registered late: registered after the event started, or after the consultation opened.</li>
        <li>Failed: refused by the mail server or undeliverable, and never sent.</li>
        <li>Held: notices held for democratic services in a pre-election period.</li>
      </ul>
    </>
  );
}
