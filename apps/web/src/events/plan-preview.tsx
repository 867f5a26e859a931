import { plural } from '@member-alerts/protocol/wording';
import type { Plan, Recipient } from '../api/types';
import { ACTION_WORDS, dateTime, reasonText } from '../components/wording';
import { useCouncilWords } from '../components/council-words';

export function RecipientTable({
  recipients,
  caption,
}: {
  recipients: readonly Recipient[];
  caption: string;
}) {
  const words = useCouncilWords();
  if (recipients.length === 0) return <p className="govuk-body">Nobody will be told.</p>;
  return (
    <div className="app-table-wrap">
      <table className="govuk-table" data-testid="recipients">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Division or service
            </th>
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Why, and the paragraph that says so
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {recipients.map((r) => (
            <tr className="govuk-table__row" key={`${r.kind}-${r.id}`}>
              <td className="govuk-table__cell">
                {r.name}
                <br />
                <span className="govuk-body-s">{r.kind === 'officer' ? 'Officer' : 'Member'}</span>
              </td>
              <td className="govuk-table__cell">{r.division ?? ''}</td>
              <td className="govuk-table__cell">
                {ACTION_WORDS[r.action]}
                {r.timing && (
                  <>
                    <br />
                    <span className="govuk-body-s" data-testid="timing">
                      {r.timing.words.charAt(0).toUpperCase() + r.timing.words.slice(1)}
                    </span>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <ul className="app-reasons">
                  {r.reasons.map((x, i) => (
                    <li key={i}>{reasonText(x, words)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who will be told and why, before anything is sent. */
export function PlanPreview({ plan }: { plan: Plan }) {
  const words = useCouncilWords();
  const sendLater = Date.parse(plan.sendAt) > Date.now() + 60_000;
  return (
    <div data-testid="plan">
      <p className="govuk-body">
        §{plan.paragraph}: {plan.summary}
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Affected divisions</dt>
          <dd className="govuk-summary-list__value" data-testid="affected">
            {plan.countywide ? words.wholeArea : plan.affectedDivisions.join(', ') || 'None'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Adjoining divisions</dt>
          <dd className="govuk-summary-list__value" data-testid="adjoining">
            {plan.adjoiningDivisions.join(', ') || 'None'}
            {plan.adjoiningDivisions.length > 0 && (
              <>
                <br />
                <span className="govuk-body-s">
                  {plan.adjoiningAlerted ? 'Their members are told too.' : 'Their members are not told.'}
                </span>
              </>
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">When</dt>
          <dd className="govuk-summary-list__value">
            {sendLater ? `Sent on ${dateTime(plan.sendAt)}` : 'Sent straight away'}
          </dd>
        </div>
      </dl>
      {plan.excluded?.map((x, i) => (
        <div className="govuk-warning-text" key={i}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Nobody is told (§{x.paragraph}): {x.reason}
          </strong>
        </div>
      ))}
      {plan.warnings?.map((w, i) => (
        <div className="govuk-inset-text" key={`w${i}`}>
          {w}
        </div>
      ))}
      <RecipientTable
        recipients={plan.recipients}
        caption={`${plural(plan.recipients.length, 'person', 'people')} will be told`}
      />
    </div>
  );
}
