import type { Preferences } from '../api/types';
import { PreferencesForm } from '../alerts/preferences-form';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';

export function PreferencesPage() {
  usePageTitle('Preferences');
  const { api } = useSession();
  const prefs = useLoad((signal) => api.json<Preferences>('/members/me/preferences', { signal }), [api]);
  return (
    <>
      <h1 className="govuk-heading-l">How you get alerts</h1>
      {prefs.error && (
        <p className="govuk-error-message">Your preferences could not be loaded: {prefs.error}</p>
      )}
      {prefs.data && (
        <PreferencesForm
          initial={prefs.data}
          onSave={(p) => api.json<Preferences>('/members/me/preferences', { method: 'PUT', body: p })}
        />
      )}
    </>
  );
}
