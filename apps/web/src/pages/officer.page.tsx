import { Link, useNavigate, useParams } from 'react-router';
import type { OfficerView } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { OfficerForm } from '../roster/officer-form';
import { RemovePerson } from '../roster/remove-person';

/** Add one officer (/officers/new), or change or remove one (/officers/:id), without a CSV. */
export function OfficerPage() {
  const { id } = useParams();
  usePageTitle(id ? 'Officer' : 'Add an officer');
  const { api } = useSession();
  const navigate = useNavigate();
  const path = id ? `/officers/${encodeURIComponent(id)}` : '/officers';
  const o = useLoad(
    (signal) => (id ? api.json<OfficerView>(path, { signal }) : Promise.resolve(undefined)),
    [api, path],
  );
  const officer = o.data;
  return (
    <>
      <Link to="/officers" className="govuk-back-link">
        Back to the officers
      </Link>
      <h1 className="govuk-heading-l">{id ? (officer?.name ?? 'Officer') : 'Add an officer'}</h1>
      {o.error && <p className="govuk-error-message">{o.error}</p>}
      {officer && !officer.active && (
        <p className="govuk-body">{officer.name} has left the list. Saving these details brings them back.</p>
      )}
      {(!id || officer) && (
        <OfficerForm
          key={officer?.id ?? 'new'}
          {...(officer ? { officer } : {})}
          onSave={async (body) => {
            await api.json(path, {
              method: id ? 'PATCH' : 'POST',
              body: officer && !officer.active ? { ...body, active: true } : body,
            });
            void navigate('/officers');
          }}
        />
      )}
      {officer?.active && (
        <RemovePerson
          name={officer.name}
          effect="is no longer told of members’ meetings about their services"
          onRemove={async () => {
            await api.json(path, { method: 'DELETE' });
            void navigate('/officers');
          }}
        />
      )}
    </>
  );
}
