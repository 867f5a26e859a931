import type { EscalationView } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime, kindLabel, reasonText, STATUS_TAGS, STATUS_WORDS } from '../components/wording';
import { WeekMap } from './week-map.page';

export function EscalationsPage() {
  usePageTitle('Escalations');
  const { api } = useSession();
  const list = useLoad(
    (signal) =>
      api.json<{ total: number; escalations: EscalationView[] }>('/escalations', {
        signal,
        query: { limit: 100 },
      }),
    [api],
    15_000,
  );
  return (
    <>
      <h1 className="govuk-heading-l">Escalations</h1>
      <p className="govuk-body">
        Alerts sent to the Leader, the Deputy Leader or a Cabinet Lead Member across the county (§36), newest
        first.
      </p>
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && list.data.escalations.length === 0 && (
        <p className="govuk-body">Nothing has been escalated.</p>
      )}
      {list.data && list.data.escalations.length > 0 && (
        <div className="app-table-wrap">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {list.data.total} escalations
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Event
                </th>
                <th scope="col" className="govuk-table__header">
                  Told
                </th>
                <th scope="col" className="govuk-table__header">
                  Why
                </th>
                <th scope="col" className="govuk-table__header">
                  Delivery
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {list.data.escalations.map((x) => (
                <tr className="govuk-table__row" key={x.id}>
                  <td className="govuk-table__cell">
                    {x.event.title}
                    <br />
                    <span className="govuk-body-s">{kindLabel(x.event.kind)}</span>
                  </td>
                  <td className="govuk-table__cell">{x.recipient.name}</td>
                  <td className="govuk-table__cell">
                    <ul className="app-reasons">
                      {x.reasons.map((r, i) => (
                        <li key={i}>{reasonText(r)}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${STATUS_TAGS[x.status]}`}>{STATUS_WORDS[x.status]}</strong>
                    <div className="govuk-body-s">{dateTime(x.sentAt ?? x.sendAt)}</div>
                    {x.acknowledgedAt && (
                      <div className="govuk-body-s">Acknowledged {dateTime(x.acknowledgedAt)}</div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <WeekMap />
    </>
  );
}
