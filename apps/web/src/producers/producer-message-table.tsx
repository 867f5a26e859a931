import { Link } from 'react-router';
import type { ProducerMessageView } from '../api/types';
import { TableHead } from '../components/table-head';
import { dateInWords } from '../components/wording';
import { OUTCOMES, SOURCE_NAMES } from './producer-wording';

/** Messages newest first, in three columns that stack on a phone. */
export function ProducerMessageTable({ messages }: { messages: readonly ProducerMessageView[] }) {
  return (
    <div className="app-table-wrap">
      <table className="govuk-table app-table--compact app-table--stacked" data-testid="producer-messages">
        <caption className="govuk-visually-hidden">Messages from other council systems, newest first</caption>
        <TableHead columns={['Received', 'From', 'What happened']} />
        <tbody className="govuk-table__body">
          {messages.map((m) => (
            <tr className="govuk-table__row" key={m.id}>
              <td className="govuk-table__cell" data-label="Received">
                {dateInWords(m.receivedAt)}
              </td>
              <td className="govuk-table__cell" data-label="From">
                {SOURCE_NAMES[m.source]}
                <br />
                <span className="govuk-body-s">{m.ref ?? 'No reference'}</span>
              </td>
              <td className="govuk-table__cell" data-label="What happened">
                <strong className={`govuk-tag ${OUTCOMES[m.outcome].tag}`}>
                  {OUTCOMES[m.outcome].label}
                </strong>
                {m.reason && (
                  <>
                    <br />
                    <span className="govuk-body-s">{m.reason}</span>
                  </>
                )}
                {m.eventId && (
                  <>
                    <br />
                    <Link className="govuk-link govuk-body-s" to={`/events/${m.eventId}`}>
                      See the event
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
