import { Link } from 'react-router';
import { plural } from '@member-alerts/protocol/wording';
import type { DraftSummary } from '../api/types';
import { useCouncilWords } from '../components/council-words';
import { TableHead } from '../components/table-head';
import { dateInWords } from '../components/wording';
import { placesInWords, WAITING_WORDS } from './draft-wording';

/** The drafts, the newest first: where each came from, when, and the places found in it. */
export function DraftList({ drafts, status }: { drafts: readonly DraftSummary[]; status: string }) {
  const words = useCouncilWords();
  return (
    <div className="app-table-wrap">
      <table className="govuk-table app-table--compact app-table--stacked" data-testid="drafts">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {plural(drafts.length, `${status} draft`)}, the newest first
        </caption>
        <TableHead columns={['Draft', 'Came from', 'Arrived', 'Places found']} />
        <tbody className="govuk-table__body">
          {drafts.map((d) => (
            <tr className="govuk-table__row" key={d.id} data-draft={d.id}>
              <td className="govuk-table__cell" data-label="Draft">
                <Link className="govuk-link app-break" to={`/drafts/${d.id}`}>
                  {d.title}
                </Link>
                <br />
                <span className="govuk-body-s">
                  {d.kind ? words.kindLabel(d.kind) : 'Kind to be chosen by the officer'}
                </span>
                {d.waiting && (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--orange" data-testid="waiting">
                      {WAITING_WORDS}
                    </strong>
                  </>
                )}
              </td>
              <td className="govuk-table__cell" data-label="Came from">
                {d.sourceInWords}
                <br />
                <span className="govuk-body-s">{d.origin}</span>
              </td>
              <td className="govuk-table__cell" data-label="Arrived">
                {dateInWords(d.receivedAt)}
              </td>
              <td className="govuk-table__cell" data-label="Places found">
                {placesInWords(d.places)}
                {d.divisions.length > 0 && (
                  <>
                    <br />
                    <span className="govuk-body-s">
                      {d.divisions.length === 1 ? 'Division' : 'Divisions'}: {d.divisions.join(', ')}
                    </span>
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
