import { useState } from 'react';
import type { AlertView } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button } from '../components/fields';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { ACTION_WORDS, dateTime, kindLabel, reasonText } from '../components/wording';

const CHANGE_WORDS: Record<string, string> = {
  new: 'New',
  updated: 'Changed',
  cancelled: 'Cancelled',
  removed: 'No longer concerns you',
};

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
        <article
          key={a.id}
          className={`app-card${a.acknowledgedAt ? ' app-card--acknowledged' : ''}`}
          aria-labelledby={`alert-${a.id}`}
          data-testid="alert"
        >
          <span className="govuk-caption-m">
            {kindLabel(a.event.kind)} · {CHANGE_WORDS[a.change] ?? a.change}
            {a.version > 1 ? `, version ${a.version}` : ''}
          </span>
          <h2 className="govuk-heading-m" id={`alert-${a.id}`}>
            {a.event.title}
            {a.event.status === 'cancelled' && (
              <>
                {' '}
                <strong className="govuk-tag govuk-tag--grey">Cancelled</strong>
              </>
            )}
          </h2>
          <p className="govuk-body">
            {ACTION_WORDS[a.action]} {a.sentAt ? `on ${dateTime(a.sentAt)}` : `(due ${dateTime(a.sendAt)})`}.
            Why you:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {a.reasons.map((r, i) => (
              <li key={i}>{reasonText(r)}</li>
            ))}
          </ul>
          {a.acknowledgedAt ? (
            <p className="govuk-body">
              <strong className="govuk-tag govuk-tag--green">Acknowledged</strong>{' '}
              {dateTime(a.acknowledgedAt)}
            </p>
          ) : (
            <Button onClick={() => void acknowledge(a.id)}>
              Acknowledge<span className="govuk-visually-hidden"> {a.event.title}</span>
            </Button>
          )}
        </article>
      ))}
    </>
  );
}
