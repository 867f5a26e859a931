import { Link, useParams } from 'react-router';
import { useState } from 'react';
import type { MemberEventView, Plan } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { reasonText } from '../components/wording';
import { AlertState, EventFacts, EventMap } from '../events/event-facts';
import { useCouncilWords } from '../components/council-words';

/** The divisions a plan concerns, as a member may read them. */
export const areaOf = (plan: Plan) => ({
  countywide: plan.countywide,
  affectedDivisions: plan.affectedDivisions,
  adjoiningDivisions: plan.adjoiningAlerted ? plan.adjoiningDivisions : [],
});

export function SuccessBanner({ text }: { text: string }) {
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="notice-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notice-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

/** An event as a member told of it reads it: what, when, where, whom to ask, and their alert. */
export function MemberEventPage() {
  const words = useCouncilWords();
  const { id = '' } = useParams();
  const { api } = useSession();
  const ev = useLoad(
    (signal) => api.json<MemberEventView>(`/events/${encodeURIComponent(id)}`, { signal }),
    [api, id],
    15_000,
  );
  const e = ev.data;
  usePageTitle(e?.title ?? 'Event');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (ev.error && !e) return <p className="govuk-error-message">{ev.error}</p>;
  if (!e) return <p className="govuk-body">Loading…</p>;
  const [latest, ...earlier] = e.alerts;

  const acknowledge = async (alertId: string) => {
    setProblem(null);
    try {
      await api.json(`/alerts/${alertId}/acknowledge`, { method: 'POST' });
      setNotice('Thank you: the alert is acknowledged.');
      ev.reload();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : 'The alert could not be acknowledged');
    }
  };

  return (
    <>
      {notice && <SuccessBanner text={notice} />}
      <span className="govuk-caption-l">{words.kindLabel(e.kind)}</span>
      <h1 className="govuk-heading-l">
        {e.title}{' '}
        {e.status === 'cancelled' && <strong className="govuk-tag govuk-tag--grey">Cancelled</strong>}
      </h1>
      <EventFacts details={e.details} />
      {latest && (
        <section aria-labelledby="your-alert">
          <h2 className="govuk-heading-m" id="your-alert">
            Your alert
          </h2>
          <p className="govuk-body">Why it came to you:</p>
          <ul className="govuk-list govuk-list--bullet">
            {latest.reasons.map((r, i) => (
              <li key={i}>{reasonText(r, words)}</li>
            ))}
          </ul>
          {problem && (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> {problem}
            </p>
          )}
          <AlertState alert={latest} onAcknowledge={(x) => void acknowledge(x)} />
          {earlier.length > 0 && (
            <p className="govuk-body-s">
              You were told of {earlier.length === 1 ? 'an earlier version' : 'earlier versions'} too.
            </p>
          )}
        </section>
      )}
      <EventMap details={e.details} label={`Map of ${e.title}`} />
      <p className="govuk-body">
        <Link className="govuk-link" to="/alerts">
          All my alerts
        </Link>
      </p>
    </>
  );
}
