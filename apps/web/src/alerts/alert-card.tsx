import { londonAt } from '@member-alerts/protocol/wording';
import { Link } from 'react-router';
import type { AlertView } from '../api/types';
import { ACTION_WORDS, reasonText } from '../components/wording';
import { useState } from 'react';
import { Button } from '../components/fields';
import { AlertState, EventFacts, EventMap } from '../events/event-facts';
import { useCouncilWords } from '../components/council-words';

// The first alert of an event has no word: "New" beside "Acknowledged" read as not yet read.
const CHANGE_WORDS: Record<string, string> = {
  new: '',
  updated: 'Changed',
  cancelled: 'Cancelled',
  removed: 'No longer concerns you',
};

/** One alert: the event it told of, why it came, and whether it was read. */
export function AlertCard({
  alert: a,
  told,
  onAcknowledge,
}: {
  alert: AlertView;
  /** Who it went to, when the list is of other people's alerts. */
  told?: string;
  onAcknowledge?: (id: string) => void;
}) {
  const words = useCouncilWords();
  const title = a.event.title ?? 'An event';
  // Drawn when asked for, so a list of alerts does not draw a map for each.
  const [mapOpen, setMapOpen] = useState(false);
  const details = a.event.details;
  const sent = a.sentAt ? ` on ${londonAt(a.sentAt)}` : '';
  const change = CHANGE_WORDS[a.change] ?? a.change;
  return (
    <article
      className={`app-card${a.acknowledgedAt ? ' app-card--acknowledged' : ''}`}
      aria-labelledby={`alert-${a.id}`}
      data-testid="alert"
    >
      <span className="govuk-caption-m">
        {words.kindLabel(a.event.kind)}
        {change ? ` · ${change}` : ''}
        {a.version > 1 ? `, version ${a.version}` : ''}
      </span>
      <h2 className="govuk-heading-m" id={`alert-${a.id}`}>
        <Link className="govuk-link" to={`/events/${a.event.id}`}>
          {title}
        </Link>
        {a.event.status === 'cancelled' && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--grey">Cancelled</strong>
          </>
        )}
      </h2>
      {details && <EventFacts details={details} />}
      <p className="govuk-body">
        {told ? `${told}: ` : ''}
        {ACTION_WORDS[a.action]}
        {sent}. {told ? 'Why:' : 'Why you:'}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {a.reasons.map((r, i) => (
          <li key={i}>{reasonText(r, words)}</li>
        ))}
      </ul>
      <div className="app-inline-buttons">
        <AlertState alert={a} {...(onAcknowledge ? { onAcknowledge } : {})} />
        {details && (
          <Button secondary onClick={() => setMapOpen(!mapOpen)}>
            {mapOpen ? 'Hide the map' : 'Show on a map'}
            <span className="govuk-visually-hidden"> {title}</span>
          </Button>
        )}
      </div>
      {details && mapOpen && <EventMap details={details} label={`Map of ${title}`} />}
    </article>
  );
}
