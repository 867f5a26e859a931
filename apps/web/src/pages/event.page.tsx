import { useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { EventDetail } from '../api/types';
import { can, useSession } from '../auth/session-context';
import { copyText } from '../components/copy-text';
import { DownloadCsvButton } from '../components/download-csv';
import { ErrorSummary } from '../components/error-summary';
import { Button, TextArea } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime, STATUS_WORDS } from '../components/wording';
import { DeliveryTable } from '../events/delivery-table';
import { EventFacts, scheduledWords } from '../events/event-facts';
import { areaOf, MemberEventPage, SuccessBanner } from './member-event.page';
import { DivisionMap } from '../map/division-map';
import { toWgs84 } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';
import { useBasemap } from './register-event.page';
import { useCouncilWords } from '../components/council-words';

const POLL_MS = 3000;

/**
 * Officers see everything about an event; the Monitoring Officer too, without the buttons that
 * change it; a member told of it sees what they were told.
 */
export function EventPage() {
  const { session } = useSession();
  if (can(session, 'officer')) return <OfficerEventPage />;
  return can(session, 'monitoring_officer') ? <OfficerEventPage readOnly /> : <MemberEventPage />;
}

/** "on their way", or when they go, for a notice timed to go later (§31: the day before opening). */
export function registeredNotice(sendAt: string | undefined, now = Date.now()): string {
  // A minute's grace: an alert that goes at once is stamped a moment after registering.
  if (sendAt && Date.parse(sendAt) > now + 60_000) {
    return `The event is registered. The alerts will go on ${scheduledWords(sendAt)}.`;
  }
  return 'The event is registered and the alerts are on their way.';
}

function OfficerEventPage({ readOnly = false }: { readonly readOnly?: boolean }) {
  const words = useCouncilWords();
  const { id = '' } = useParams();
  const { api } = useSession();
  const location = useLocation();
  const registered = (location.state as { registered?: boolean } | null)?.registered;
  const ev = useLoad(
    (signal) => api.json<EventDetail>(`/events/${encodeURIComponent(id)}`, { signal }),
    [api, id],
    POLL_MS,
  );
  const e = ev.data;
  usePageTitle(e?.title ?? 'Event');
  const { divisions } = useDivisions(api);
  const basemap = useBasemap();
  const [allVersions, setAllVersions] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const circulation = useLoad(
    (signal) => api.text(`/events/${encodeURIComponent(id)}/circulation`, { signal }),
    [api, id, e?.version],
  );
  const copyArea = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const geometry = useMemo(
    () => (e?.event.location ? toWgs84(e.event.location, e.event.crs) : null),
    [e?.event.location, e?.event.crs],
  );

  if (ev.error && !e) return <p className="govuk-error-message">{ev.error}</p>;
  if (!e) return <p className="govuk-body">Loading…</p>;
  const latest = e.notifications.filter((n) => n.version === e.version);
  const shown = allVersions ? e.notifications : latest;
  const acknowledged = latest.filter((n) => n.acknowledgedAt).length;
  const banner = notice ?? (registered ? registeredNotice(e.plan.sendAt) : null);

  const cancel = async () => {
    try {
      await api.json(`/events/${e.id}/cancel`, {
        method: 'POST',
        body: reason.trim() ? { reason: reason.trim() } : {},
      });
      setCancelling(false);
      setErrors(NO_ERRORS);
      setNotice('The event is cancelled; everyone who was told is being told it is off.');
      ev.reload();
    } catch (err) {
      setErrors(formErrorsFrom(err, ['reason']));
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      {banner && <SuccessBanner text={banner} />}
      <span className="govuk-caption-l">{words.kindLabel(e.kind)}</span>
      <h1 className="govuk-heading-l">
        {e.title}{' '}
        {e.status === 'cancelled' && <strong className="govuk-tag govuk-tag--grey">Cancelled</strong>}
      </h1>
      <EventFacts details={{ ...e.event, ...areaOf(e.plan) }} />
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Registered</dt>
          <dd className="govuk-summary-list__value">
            {dateTime(e.createdAt)} by {e.createdBy}
          </dd>
        </div>
        {e.origin && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Came from</dt>
            <dd className="govuk-summary-list__value" data-testid="event-origin">
              {e.origin.label}
            </dd>
          </div>
        )}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Version</dt>
          <dd className="govuk-summary-list__value">
            {e.version}
            {e.versions.length > 1 && (
              <ul className="govuk-list govuk-body-s">
                {e.versions.slice(1).map((v) => (
                  <li key={v.version}>
                    Version {v.version}, {dateTime(v.createdAt)} by {v.createdBy}: {v.changes.join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Delivery</dt>
          <dd className="govuk-summary-list__value" data-testid="delivery-summary" aria-live="polite">
            {Object.entries(e.delivery)
              .map(([s, n]) => `${n} ${(STATUS_WORDS as Record<string, string>)[s]?.toLowerCase() ?? s}`)
              .join(', ') || 'Nobody to tell'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Acknowledged</dt>
          <dd className="govuk-summary-list__value" data-testid="acknowledged-summary" aria-live="polite">
            {acknowledged} of {latest.length}
          </dd>
        </div>
      </dl>

      {e.status === 'active' && !readOnly && (
        <div className="app-inline-buttons">
          <Link
            to={`/events/${e.id}/edit`}
            className="govuk-button govuk-button--secondary"
            role="button"
            draggable={false}
          >
            Edit
          </Link>
          {!cancelling && (
            <Button warning onClick={() => setCancelling(true)}>
              Cancel the event
            </Button>
          )}
        </div>
      )}
      {cancelling && (
        <div className="govuk-inset-text">
          <TextArea
            id="reason"
            label="Why is it cancelled? (optional)"
            hint="Everyone who was told gets a short e-mail saying it is off"
            value={reason}
            onChange={setReason}
            error={errorFor(errors, 'reason')}
            rows={2}
          />
          <div className="app-inline-buttons">
            <Button warning onClick={() => void cancel()}>
              Yes, cancel it and tell everyone
            </Button>
            <a
              href="#keep"
              className="govuk-link"
              onClick={(x) => (x.preventDefault(), setCancelling(false))}
            >
              No, keep it
            </a>
          </div>
        </div>
      )}

      <DivisionMap
        label="Map of the event's divisions"
        divisions={divisions}
        affected={e.plan.affectedDivisions}
        adjoining={e.plan.adjoiningDivisions}
        adjoiningAlerted={e.plan.adjoiningAlerted}
        geometry={geometry}
        basemap={basemap}
        small
        zoomToHighlight
      />

      <DeliveryTable
        rows={shown}
        caption={allVersions ? 'Everyone told, every version' : `Who was told about version ${e.version}`}
      />
      <div className="app-inline-buttons">
        <Button secondary onClick={() => window.print()}>
          Print the list of who was told
        </Button>
        {e.version > 1 && (
          <Button secondary onClick={() => setAllVersions(!allVersions)}>
            {allVersions ? 'Show the latest version only' : 'Show every version'}
          </Button>
        )}
      </div>
      <p className="govuk-body-s app-print-hidden">This page updates every few seconds.</p>

      <h2 className="govuk-heading-m">For a report about this</h2>
      <p className="govuk-hint">
        A council report about this names, under a heading of its own, the members who were told. Copy the
        text below, heading and all, into the report.
      </p>
      {circulation.data !== undefined && (
        <>
          <pre className="app-pre" data-testid="circulation">
            {circulation.data}
          </pre>
          <textarea
            ref={copyArea}
            className="govuk-visually-hidden"
            readOnly
            value={circulation.data}
            tabIndex={-1}
            aria-hidden="true"
          />
          <div className="app-inline-buttons">
            <Button
              secondary
              onClick={() =>
                void copyText(circulation.data ?? '', copyArea.current).then((ok) =>
                  setCopied(ok ? 'Copied to the clipboard' : 'Select the text and copy it'),
                )
              }
            >
              Copy the circulation text
            </Button>
            <span className="govuk-body" role="status">
              {copied}
            </span>
          </div>
        </>
      )}
      {circulation.error && <p className="govuk-error-message">{circulation.error}</p>}

      <h2 className="govuk-heading-m app-print-hidden">Audit trail</h2>
      <DownloadCsvButton
        api={api}
        path={`/events/${e.id}/audit.csv`}
        filename={`event-${e.id}-audit.csv`}
        label="Download the audit trail (CSV)"
      />
    </>
  );
}
