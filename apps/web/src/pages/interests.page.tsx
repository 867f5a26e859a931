import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { InterestsForm } from '../roster/interests-form';

export function InterestsPage() {
  usePageTitle('Interests');
  const { id = '' } = useParams();
  const { api } = useSession();
  const navigate = useNavigate();
  const m = useLoad(
    (signal) =>
      api.json<{ id: string; name: string; topics: string[] }>(
        `/members/${encodeURIComponent(id)}/interests`,
        { signal },
      ),
    [api, id],
  );
  return (
    <>
      <Link to="/roster" className="govuk-back-link">
        Back to the members
      </Link>
      <h1 className="govuk-heading-l">Interests{m.data ? `: ${m.data.name}` : ''}</h1>
      <p className="govuk-body">
        §34: a member who registers an interest in a topic is told about events on it anywhere.
      </p>
      {m.error && <p className="govuk-error-message">{m.error}</p>}
      {m.data && (
        <InterestsForm
          name={m.data.name}
          initial={m.data.topics}
          onSave={async (topics) => {
            await api.json(`/members/${encodeURIComponent(id)}/interests`, {
              method: 'PUT',
              body: { topics },
            });
            void navigate('/roster');
          }}
        />
      )}
    </>
  );
}
