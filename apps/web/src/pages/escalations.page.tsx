import { plural } from '@member-alerts/protocol/wording';
import { AlertCard } from '../alerts/alert-card';
import type { EscalationView } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { WeekMap } from './week-map.page';

export function EscalationsPage() {
  usePageTitle('Escalations');
  const { api } = useSession();
  const list = useLoad(
    (signal) =>
      api.json<{ total: number; escalations: EscalationView[] }>('/escalations', {
        signal,
        query: { limit: 100 },
      }),
    [api],
    15_000,
  );
  return (
    <>
      <h1 className="govuk-heading-l">Escalations</h1>
      <p className="govuk-body">
        Alerts sent to the leadership the council&rsquo;s rules name, besides the local members, newest first.
      </p>
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && list.data.escalations.length === 0 && (
        <p className="govuk-body">Nothing has been escalated.</p>
      )}
      {list.data && list.data.escalations.length > 0 && (
        <>
          <p className="govuk-body" data-testid="escalation-count">
            {plural(list.data.total, 'escalation')}
          </p>
          {list.data.escalations.map((x) => (
            <AlertCard key={x.id} alert={x} told={x.recipient.name} />
          ))}
        </>
      )}
      <WeekMap />
    </>
  );
}
