import { plural } from '@member-alerts/protocol/wording';
import { Link } from 'react-router';
import type { HeldNoticeView } from '../api/types';
import { Button } from '../components/fields';
import { TableHead } from '../components/table-head';
import { ACTION_WORDS, dateInWords } from '../components/wording';
import { useCouncilWords } from '../components/council-words';

const CHANGE_WORDS: Readonly<Record<HeldNoticeView['change'], string>> = {
  new: 'First notice',
  updated: 'Update',
  removed: 'No longer concerns them',
  cancelled: 'Cancellation',
};

/** The held notices, the earliest due first, each with Release and Withdraw. */
export function HeldNoticeTable({
  notices,
  onRelease,
  onWithdraw,
}: {
  notices: readonly HeldNoticeView[];
  onRelease: (n: HeldNoticeView) => void;
  onWithdraw: (n: HeldNoticeView) => void;
}) {
  const words = useCouncilWords();
  return (
    <div className="app-table-wrap">
      <table className="govuk-table app-table--compact" data-testid="held-notices">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {plural(notices.length, 'held notice')}, the earliest due first
        </caption>
        <TableHead columns={['Event', 'To', 'Would have gone', 'Held since', 'Decision']} />
        <tbody className="govuk-table__body">
          {notices.map((n) => (
            <tr className="govuk-table__row" key={n.id} data-notice={n.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/events/${n.event.id}`}>
                  {n.event.title}
                </Link>
                <br />
                <span className="govuk-body-s">
                  {words.kindLabel(n.event.kind)}: {CHANGE_WORDS[n.change].toLowerCase()}
                </span>
              </td>
              <td className="govuk-table__cell">
                {n.recipient.name}
                <br />
                <span className="govuk-body-s">{ACTION_WORDS[n.action]}</span>
              </td>
              <td className="govuk-table__cell">{dateInWords(n.sendAt)}</td>
              <td className="govuk-table__cell">{dateInWords(n.heldAt)}</td>
              <td className="govuk-table__cell">
                <div className="app-inline-buttons">
                  <Button secondary onClick={() => onRelease(n)}>
                    Release<span className="govuk-visually-hidden"> the notice to {n.recipient.name}</span>
                  </Button>
                  <Button warning onClick={() => onWithdraw(n)}>
                    Withdraw<span className="govuk-visually-hidden"> the notice to {n.recipient.name}</span>
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
