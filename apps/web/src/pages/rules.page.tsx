import { useSession } from '../auth/session-context';
import type { PolicyRevisionRef, RevisionListing, RulesInWords } from '../api/types';
import { Button } from '../components/fields';
import { saveFile } from '../components/download-csv';
import { TableHead } from '../components/table-head';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime, dayInWords } from '../components/wording';
import { ReviseRules } from '../rules/revise-rules';
import { RulesTables } from '../rules/rules-tables';

const STATUS = {
  in_force: { label: 'In force', tag: 'govuk-tag--green' },
  future: { label: 'Not yet in force', tag: 'govuk-tag--blue' },
  superseded: { label: 'Superseded', tag: 'govuk-tag--grey' },
} as const;

/** The council's rules in words, for everyone signed in; democratic services revise them here. */
export function RulesPage() {
  usePageTitle('Rules');
  const { api, session } = useSession();
  const rules = useLoad(
    (signal) => api.json<RulesInWords & { revision: PolicyRevisionRef }>('/policy/rules', { signal }),
    [api],
  );
  const history = useLoad(
    (signal) =>
      api.json<{ inForce: number | null; revisions: RevisionListing[] }>('/policy/revisions', { signal }),
    [api],
  );
  const download = async (n: number) =>
    saveFile(await api.text(`/policy/revisions/${n}`), `rules-revision-${n}.yaml`, 'application/yaml');

  return (
    <>
      <h1 className="govuk-heading-l">The council's rules</h1>
      {rules.error && <p className="govuk-error-message">The rules could not be loaded: {rules.error}</p>}
      {rules.data && (
        <>
          <p className="govuk-body-l" data-testid="rules-revision">
            {rules.data.council}: revision {rules.data.revision.number}, in force from{' '}
            {dayInWords(rules.data.revision.inForceFrom)}.
          </p>
          <p className="govuk-body">
            Who must be told of each kind of event, when, and why. Each rule quotes the protocol's words, or
            is marked as the council's own choice with its reason.
          </p>
          <p className="govuk-body" data-testid="rules-holders">
            {rules.data.holders}
          </p>
          <div className="app-print-hidden">
            <Button secondary onClick={() => window.print()}>
              Print the rules
            </Button>
          </div>
          <RulesTables rules={rules.data} />
        </>
      )}
      <section aria-labelledby="history-heading" className="app-print-hidden">
        <h2 className="govuk-heading-l" id="history-heading">
          Revisions
        </h2>
        {history.data && (
          <div className="app-table-wrap">
            <table className="govuk-table" data-testid="revisions">
              <caption className="govuk-visually-hidden">Revisions of the rules, newest first</caption>
              <TableHead columns={['Revision', 'In force from', 'Status', 'File']} />
              <tbody className="govuk-table__body">
                {history.data.revisions.map((r) => (
                  <tr className="govuk-table__row" key={r.number}>
                    <td className="govuk-table__cell">
                      {r.number}
                      <br />
                      <span className="govuk-body-s">
                        Published {dateTime(r.publishedAt)} by {r.publishedBy}
                      </span>
                    </td>
                    <td className="govuk-table__cell">{dayInWords(r.inForceFrom)}</td>
                    <td className="govuk-table__cell">
                      <strong className={`govuk-tag ${STATUS[r.status].tag}`}>
                        {STATUS[r.status].label}
                      </strong>
                    </td>
                    <td className="govuk-table__cell">
                      <button
                        type="button"
                        className="app-link-button"
                        onClick={() => void download(r.number)}
                      >
                        Download<span className="govuk-visually-hidden"> revision {r.number}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {session?.role === 'democratic_services' && (
        <ReviseRules
          api={api}
          onPublished={() => {
            rules.reload();
            history.reload();
          }}
        />
      )}
    </>
  );
}
