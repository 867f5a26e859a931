import { plural } from '@member-alerts/protocol/wording';
import { Link, useSearchParams } from 'react-router';
import type { ComplianceFigure, FigureEvents } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime } from '../components/wording';
import { useCouncilWords } from '../components/council-words';
import { COMPLIANCE_FIGURE_WORDS, REPORT_FILTERS } from '../reports/report-links';
import { TableHead } from '../components/table-head';

/** The events behind one figure of the compliance report. */
export function ReportEventsPage() {
  const council = useCouncilWords();
  const { api } = useSession();
  const [params] = useSearchParams();
  const figure = (params.get('figure') ?? 'events') as ComplianceFigure;
  const words = COMPLIANCE_FIGURE_WORDS[figure] ?? figure;
  usePageTitle(`${words}: the events`);
  const query = Object.fromEntries([
    ['figure', figure],
    ...REPORT_FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f) ?? '']] : [])),
  ]) as Record<string, string>;
  const list = useLoad(
    (signal) => api.json<FigureEvents>('/reports/compliance/events', { signal, query }),
    [api, params.toString()],
  );
  const back = new URLSearchParams(
    REPORT_FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f) ?? '']] : [])),
  );
  const d = list.data;
  return (
    <>
      <Link to={`/reports?${back.toString()}`} className="govuk-back-link">
        Back to the report
      </Link>
      <h1 className="govuk-heading-l">{words}: the events behind the figure</h1>
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {d && (
        <>
          <p className="govuk-body" role="status">
            {d.events.length === 0
              ? `No events registered from ${d.period.words} count towards this figure.`
              : `${plural(d.events.length, 'event')} registered from ${d.period.words}${d.more ? ', the newest 500 shown' : ''}.`}
          </p>
          {d.events.length > 0 && (
            <div className="app-table-wrap">
              <table className="govuk-table">
                <caption className="govuk-visually-hidden">The events, newest first</caption>
                <TableHead
                  columns={['Event', 'Kind', 'Registered', 'Notices counted']}
                  numeric={['Notices counted']}
                />
                <tbody className="govuk-table__body">
                  {d.events.map((e) => (
                    <tr key={e.id} className="govuk-table__row">
                      <td className="govuk-table__cell">
                        <Link className="govuk-link" to={`/events/${e.id}`}>
                          {e.title}
                        </Link>
                      </td>
                      <td className="govuk-table__cell">{council.kindLabel(e.kind)}</td>
                      <td className="govuk-table__cell">{dateTime(e.registeredAt)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{e.notices}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
