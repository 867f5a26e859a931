import { plural } from '@member-alerts/protocol/wording';
import { Link } from 'react-router';
import type { OfficerView } from '../api/types';
import { useSession } from '../auth/session-context';
import { DownloadCsvButton } from '../components/download-csv';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { CsvImportForm, importCalls } from '../roster/csv-import-form';

export function OfficersPage() {
  usePageTitle('Officers');
  const { api } = useSession();
  const list = useLoad(
    (signal) =>
      api.json<{ total?: number; officers: OfficerView[] }>('/officers', {
        signal,
        query: { active: 'true' },
      }),
    [api],
  );
  return (
    <>
      <h1 className="govuk-heading-l">Officers</h1>
      <p className="govuk-body">
        §30: officers are informed of members&rsquo; public meetings about the services they answer for.
      </p>
      <div className="app-inline-buttons">
        <Link className="govuk-button" to="/officers/new">
          Add an officer
        </Link>
        <DownloadCsvButton api={api} path="/officers/export.csv" filename="officers.csv" />
      </div>
      <CsvImportForm
        id="officers-csv"
        what="officers"
        columns="id, name, email, services (separated by ;)"
        {...importCalls(api, '/officers/import', list.reload)}
      />
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && (
        <div className="app-table-wrap">
          <table className="govuk-table" data-testid="officers">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {plural(list.data.officers.length, 'officer')}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Officer
                </th>
                <th scope="col" className="govuk-table__header">
                  E-mail
                </th>
                <th scope="col" className="govuk-table__header">
                  Services
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {list.data.officers.map((o) => (
                <tr className="govuk-table__row" key={o.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/officers/${o.id}`}>
                      {o.name}
                    </Link>
                    <br />
                    <span className="govuk-body-s">{o.externalId}</span>
                  </td>
                  <td className="govuk-table__cell">{o.email}</td>
                  <td className="govuk-table__cell">{o.services.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
