import type { NotificationView } from '../api/types';
import {
  ACTION_WORDS,
  dateTime,
  reasonText,
  receiptInWords,
  STATUS_TAGS,
  STATUS_WORDS,
} from '../components/wording';
import { useCouncilWords } from '../components/council-words';

/** Each person told, why, and how delivery went. */
export function DeliveryTable({ rows, caption }: { rows: readonly NotificationView[]; caption: string }) {
  const words = useCouncilWords();
  if (rows.length === 0) return <p className="govuk-body">Nobody was told.</p>;
  return (
    <div className="app-table-wrap">
      <table className="govuk-table" data-testid="delivery">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Person
            </th>
            <th scope="col" className="govuk-table__header">
              Why
            </th>
            <th scope="col" className="govuk-table__header">
              Delivery
            </th>
            <th scope="col" className="govuk-table__header">
              Acknowledged
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((n) => (
            <tr
              className="govuk-table__row"
              key={n.id}
              data-recipient={n.recipient.email}
              data-channel={n.channel}
            >
              <td className="govuk-table__cell">
                {n.recipient.name}
                <br />
                <span className="govuk-body-s">
                  {n.channel === 'sms' ? `Text to ${n.mobile ?? 'their mobile'}` : n.recipient.email}
                  <br />
                  {ACTION_WORDS[n.action]}
                  {n.change && n.change !== 'new' ? ` (${n.change})` : ''}
                  {n.version > 1 ? `, version ${n.version}` : ''}
                </span>
              </td>
              <td className="govuk-table__cell">
                <ul className="app-reasons">
                  {n.reasons.map((r, i) => (
                    <li key={i}>{reasonText(r, words)}</li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${STATUS_TAGS[n.status]}`} data-testid="status">
                  {STATUS_WORDS[n.status]}
                </strong>
                {n.sentAt && <div className="govuk-body-s">{dateTime(n.sentAt)}</div>}
                {n.status !== 'sent' && n.status !== 'acknowledged' && Date.parse(n.sendAt) > Date.now() && (
                  <div className="govuk-body-s">Due {dateTime(n.sendAt)}</div>
                )}
                {n.attempts > 1 && <div className="govuk-body-s">{n.attempts} attempts</div>}
                {n.lastError && <div className="govuk-body-s govuk-!-font-weight-bold">{n.lastError}</div>}
                {receiptInWords(n) && (
                  <div className="govuk-body-s govuk-!-font-weight-bold" data-testid="receipt">
                    {receiptInWords(n)}
                  </div>
                )}
              </td>
              <td className="govuk-table__cell" data-testid="acknowledged">
                {n.acknowledgedAt ? `Yes, ${dateTime(n.acknowledgedAt)}` : 'Not yet'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
