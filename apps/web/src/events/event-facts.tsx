import { londonAt, londonDay, spanInWords } from '@member-alerts/protocol/wording';
import { type ReactNode, useMemo } from 'react';
import type { AlertView, ReaderDetails } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button } from '../components/fields';
import { DivisionMap } from '../map/division-map';
import { toWgs84 } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';
import { useBasemap } from '../pages/register-event.page';
import { useCouncilWords } from '../components/council-words';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** What the e-mail told: what it is about, when, where, whom to ask and where to read more. */
export function EventFacts({ details }: { details: ReaderDetails }) {
  const words = useCouncilWords();
  const when = spanInWords(details.startsAt, details.endsAt);
  const opens = londonAt(details.opensAt);
  const closes = londonAt(details.closesAt);
  const replyBy = londonAt(details.respondBy);
  const c = details.contact;
  return (
    <dl className="govuk-summary-list app-event-facts">
      {details.description && (
        <Row label="What it is about">
          <span className="app-pre-line">{details.description}</span>
        </Row>
      )}
      {when && <Row label="When">{when}</Row>}
      {(opens || closes) && (
        <Row label="Consultation">
          {[opens && `Opens ${opens}`, closes && `closes ${closes}`].filter(Boolean).join(', ')}
        </Row>
      )}
      {replyBy && <Row label="Answer needed by">{replyBy}</Row>}
      {details.venue && <Row label="Where">{details.venue}</Row>}
      <Row label="Divisions">
        {details.countywide ? words.wholeArea : details.affectedDivisions.join(', ') || 'None named'}
      </Row>
      {c && (
        <Row label="Who to ask">
          {c.name}
          <br />
          <a className="govuk-link" href={`mailto:${c.email}`}>
            {c.email}
          </a>
          {c.phone && (
            <>
              <br />
              <a className="govuk-link" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
                {c.phone}
              </a>
            </>
          )}
        </Row>
      )}
      {details.link && (
        <Row label="More information">
          <a className="govuk-link app-break" href={details.link} rel="noopener noreferrer" target="_blank">
            {details.link}
            <span className="govuk-visually-hidden"> (opens in a new tab)</span>
          </a>
        </Row>
      )}
    </dl>
  );
}

/** A small map of where the event is and the divisions it concerns. */
export function EventMap({ details, label }: { details: ReaderDetails; label: string }) {
  const { api } = useSession();
  const { divisions } = useDivisions(api);
  const basemap = useBasemap();
  const geometry = useMemo(
    () => (details.location ? toWgs84(details.location, details.crs) : null),
    [details.location, details.crs],
  );
  return (
    <DivisionMap
      label={label}
      divisions={divisions}
      affected={details.affectedDivisions}
      adjoining={details.adjoiningDivisions}
      adjoiningAlerted
      geometry={geometry}
      basemap={basemap}
      small
      zoomToHighlight
    />
  );
}

const WAITING = new Set(['created', 'queued', 'sending', 'temporary-failure']);

/** "Thursday 3 December at 9am", with the year only when it is not this one. */
export function scheduledWords(iso: string, now = new Date()): string {
  const sameYear = londonDay(iso)?.endsWith(String(now.getUTCFullYear())) ?? false;
  return londonAt(iso, !sameYear) ?? iso;
}

/** Whether the alert was read, is still to go, or can be acknowledged now. */
export function AlertState({
  alert,
  onAcknowledge,
}: {
  alert: AlertView;
  onAcknowledge?: (id: string) => void;
}) {
  if (alert.acknowledgedAt) {
    return (
      <p className="govuk-body" data-testid="alert-state">
        <strong className="govuk-tag govuk-tag--green">Acknowledged</strong> {londonAt(alert.acknowledgedAt)}
      </p>
    );
  }
  if (alert.status === 'cancelled') {
    return (
      <p className="govuk-body" data-testid="alert-state">
        Not sent: it was replaced before it went.
      </p>
    );
  }
  if (!alert.sentAt && WAITING.has(alert.status)) {
    return (
      <p className="govuk-body" data-testid="alert-state">
        {Date.parse(alert.sendAt) > Date.now()
          ? `Scheduled for ${scheduledWords(alert.sendAt)}`
          : 'Being sent now'}
      </p>
    );
  }
  if (!onAcknowledge) {
    return (
      <p className="govuk-body" data-testid="alert-state">
        Not acknowledged yet
      </p>
    );
  }
  return (
    <Button onClick={() => onAcknowledge(alert.id)}>
      Acknowledge<span className="govuk-visually-hidden"> {alert.event.title}</span>
    </Button>
  );
}
