import { plural } from '@member-alerts/protocol/wording';
import { Link, useLocation } from 'react-router';
import type { MemberView } from '../api/types';
import { useSession } from '../auth/session-context';
import { DownloadCsvButton } from '../components/download-csv';
import { SuccessBanner } from '../components/success-banner';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { CsvImportForm, importCalls } from '../roster/csv-import-form';
import { Undelivered } from '../roster/undelivered';
import { useCouncilWords } from '../components/council-words';

/** What the member page did, for the members list to confirm it. */
export interface RosterDone {
  readonly name: string;
  readonly division: string | null;
  readonly added: boolean;
}

const isDone = (v: unknown): v is { done: RosterDone } =>
  typeof v === 'object' && v !== null && 'done' in v && typeof v.done === 'object' && v.done !== null;

export function RosterPage() {
  const words = useCouncilWords();
  usePageTitle('Members');
  const { api } = useSession();
  const state: unknown = useLocation().state;
  const done = isDone(state) ? state.done : undefined;
  const list = useLoad(
    (signal) =>
      api.json<{ total: number; members: MemberView[] }>('/members', { signal, query: { active: 'true' } }),
    [api],
  );
  // Those who have left: their pages keep their seats' history, and where their details are erased.
  const former = useLoad(
    (signal) =>
      api.json<{ total: number; members: MemberView[] }>('/members', { signal, query: { active: 'false' } }),
    [api],
  );
  return (
    <>
      {done && (
        <SuccessBanner
          testId="member-saved"
          heading={done.added ? `${done.name} was added to the roster` : `Changes to ${done.name} were saved`}
        >
          <p className="govuk-body">
            {done.division
              ? `${done.name} sits for ${done.division} and is told about events there from now on.`
              : `${done.name} holds no seat.`}
          </p>
        </SuccessBanner>
      )}
      <h1 className="govuk-heading-l">Members</h1>
      <div className="app-inline-buttons">
        <Link className="govuk-button" to="/roster/new">
          Add a member
        </Link>
        <DownloadCsvButton api={api} path="/members/export.csv" filename="members.csv" />
      </div>
      <CsvImportForm
        id="members-csv"
        what="members"
        columns="id, name, email, division, roles, portfolio, interests, chairs (lists separated by ;), mobile (optional, such as 07700 900123)"
        {...importCalls(api, '/members/import', list.reload)}
      />
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && (
        <div className="app-table-wrap">
          <table className="govuk-table" data-testid="members">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {plural(list.data.total, 'member')} on the roster
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Member
                </th>
                <th scope="col" className="govuk-table__header">
                  Division
                </th>
                <th scope="col" className="govuk-table__header">
                  Roles
                </th>
                <th scope="col" className="govuk-table__header">
                  Interests (§34)
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {list.data.members.map((m) => (
                <tr className="govuk-table__row" key={m.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/roster/${m.id}`}>
                      {m.name}
                    </Link>
                    <br />
                    <span className="govuk-body-s">
                      {m.externalId} · {m.email}
                      {m.mobile ? ` · ${m.mobile}` : ''}
                    </span>
                    <Undelivered member={m} />
                  </td>
                  <td className="govuk-table__cell">{m.division ?? 'No seat'}</td>
                  <td className="govuk-table__cell">
                    {m.roles.map((r) => words.roleTitle(r)).join(', ')}
                    {m.portfolio ? ` (${m.portfolio})` : ''}
                    {m.chairs.length > 0 && (
                      <span className="govuk-body-s govuk-!-display-block">
                        {m.chairs.map((b) => `Chair of ${words.bodyLabel(b)}`).join(', ')}
                      </span>
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    {m.interests.join(', ') || 'None'}{' '}
                    <Link className="govuk-link" to={`/roster/${m.id}/interests`}>
                      Change<span className="govuk-visually-hidden"> the interests of {m.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {former.data && former.data.total > 0 && (
        <>
          <h2 className="govuk-heading-m">Former members</h2>
          <ul className="govuk-list" data-testid="former-members">
            {former.data.members.map((m) => (
              <li key={m.id}>
                <Link className="govuk-link" to={`/roster/${m.id}`}>
                  {m.name}
                </Link>{' '}
                <span className="govuk-body-s">{m.erasedAt ? '' : `(${m.externalId})`}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
