import { useState } from 'react';
import { AlertCard } from '../alerts/alert-card';
import { MyRecord } from '../alerts/my-record';
import type { AlertView } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';

export function MyAlertsPage() {
  usePageTitle('My alerts');
  const { api, session } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const alerts = useLoad(
    (signal) =>
      api.json<{ total: number; alerts: AlertView[] }>('/members/me/alerts', {
        signal,
        query: { limit: 100 },
      }),
    [api],
    15_000,
  );
  const acknowledge = async (id: string) => {
    setProblem(null);
    try {
      await api.json(`/alerts/${id}/acknowledge`, { method: 'POST' });
      alerts.reload();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The alert could not be acknowledged');
    }
  };
  return (
    <>
      <h1 className="govuk-heading-l">My alerts</h1>
      <p className="govuk-body">
        What the council has told you about
        {session?.member?.division ? ` ${session.member.division} and beyond` : ''}, newest first, and why
        each came to you.
      </p>
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {alerts.error && <p className="govuk-error-message">{alerts.error}</p>}
      {alerts.data?.alerts.length === 0 && <p className="govuk-body">You have no alerts yet.</p>}
      {alerts.data?.alerts.map((a) => (
        <AlertCard key={a.id} alert={a} onAcknowledge={(id) => void acknowledge(id)} />
      ))}
      <MyRecord />
    </>
  );
}
