import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { DraftDetail, Plan } from '../api/types';
import { useSession } from '../auth/session-context';
import { ConfirmBox } from '../components/confirm-box';
import { Button, TextInput } from '../components/fields';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateInWords } from '../components/wording';
import { DraftText } from '../drafts/draft-text';
import { placesInWords, WAITING_WORDS } from '../drafts/draft-wording';
import { emptyArea, emptyDraft, type EventDraft } from '../events/event-draft';
import { EventForm } from '../events/event-form';
import { useEventFormSupport } from './register-event.page';

/** The register form as the draft fills it: the kind, title, text, link and the divisions found. */
function prefilled(d: DraftDetail): EventDraft {
  return {
    ...emptyDraft(),
    kind: d.kind ?? '',
    title: d.title,
    description: d.description,
    link: d.link ?? '',
    area: d.divisions.length
      ? { ...emptyArea(), mode: 'divisions', divisions: [...d.divisions] }
      : emptyArea(),
  };
}

function Decided({ d }: { d: DraftDetail }) {
  if (d.status === 'confirmed')
    return (
      <div className="govuk-inset-text" data-testid="draft-status">
        Confirmed by {d.decidedBy ?? 'an officer'} on {dateInWords(d.decidedAt)}.{' '}
        {d.eventId && (
          <Link className="govuk-link" to={`/events/${d.eventId}`}>
            See the event and who was told
          </Link>
        )}
      </div>
    );
  return (
    <div className="govuk-inset-text" data-testid="draft-status">
      Dismissed by {d.decidedBy ?? 'an officer'} on {dateInWords(d.decidedAt)}: {d.dismissReason}. Nobody was
      told.
    </div>
  );
}

function Original({ d }: { d: DraftDetail }) {
  return (
    <section aria-labelledby="original-heading">
      <h2 className="govuk-heading-m" id="original-heading">
        The original message
      </h2>
      {d.sender && (
        <p className="govuk-body" data-testid="draft-sender">
          From {d.sender.name ? `${d.sender.name} (${d.sender.address})` : d.sender.address}. For you only:
          the sender&rsquo;s name and address are never sent to members.
        </p>
      )}
      {d.original !== null ? (
        <>
          {d.keepOriginalUntil && (
            <p className="govuk-body-s">It is kept until {dateInWords(d.keepOriginalUntil)}, then deleted.</p>
          )}
          <pre className="app-pre" data-testid="draft-original">
            {d.original}
          </pre>
        </>
      ) : (
        <p className="govuk-body">
          {d.originalDeletedAt
            ? `The original message was deleted on ${dateInWords(d.originalDeletedAt)}, when its keeping time ran out.`
            : 'There is no original message for this draft.'}
        </p>
      )}
      {d.link && (
        <p className="govuk-body">
          <a className="govuk-link app-break" href={d.link}>
            The request on WhatDoTheyKnow
          </a>
        </p>
      )}
    </section>
  );
}

/** One draft: the text with the places found, the register form filled in, Confirm or Dismiss, and the original. */
export function DraftPage() {
  usePageTitle('A draft');
  const { id = '' } = useParams();
  const { api } = useSession();
  const navigate = useNavigate();
  const { form } = useEventFormSupport();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const loaded = useLoad(
    (signal) => api.json<DraftDetail>(`/drafts/${encodeURIComponent(id)}`, { signal }),
    [api, id],
  );
  if (loaded.error) return <p className="govuk-error-message">{loaded.error}</p>;
  if (!loaded.data) return <p className="govuk-body">Loading…</p>;
  const d = loaded.data;

  const dismiss = async () => {
    try {
      await api.json(`/drafts/${encodeURIComponent(d.id)}/dismiss`, { method: 'POST', body: { reason } });
      void navigate('/drafts', { state: { done: `"${d.title}" is dismissed. Nobody is told.` } });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work; try again');
    }
  };

  return (
    <>
      <span className="govuk-caption-l">
        {d.sourceInWords}, {d.origin}
      </span>
      <h1 className="govuk-heading-l app-break">{d.title}</h1>
      <p className="govuk-body">
        Arrived {dateInWords(d.receivedAt)}.
        {d.waiting && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--orange" data-testid="waiting">
              {WAITING_WORDS}
            </strong>
          </>
        )}
      </p>
      {d.status !== 'open' && <Decided d={d} />}

      <h2 className="govuk-heading-m">The message, with the places found</h2>
      <p className="govuk-body">{placesInWords(d.places)}</p>
      <DraftText draft={d} />
      {d.notes.length > 0 && (
        <ul className="govuk-list govuk-list--bullet" data-testid="draft-notes">
          {d.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      {d.status === 'open' && (
        <>
          <h2 className="govuk-heading-m">Confirm it as an event</h2>
          <p className="govuk-body">
            Check the kind, the words members will read and where it happens. Nothing is sent until you
            confirm. The sender&rsquo;s name and address are not part of the event.
          </p>
          <EventForm
            {...form}
            initial={prefilled(d)}
            submitLabel="Confirm and send the alerts"
            onPreview={(body, signal) => api.json<Plan>('/events/preview', { method: 'POST', body, signal })}
            onSubmit={async (body) => {
              const done = await api.json<DraftDetail>(`/drafts/${encodeURIComponent(d.id)}/confirm`, {
                method: 'POST',
                body,
              });
              void navigate(done.eventId ? `/events/${done.eventId}` : '/drafts', {
                state: { registered: true },
              });
            }}
          />

          <h2 className="govuk-heading-m">Or dismiss it</h2>
          {dismissing ? (
            <ConfirmBox
              heading="Dismiss this draft?"
              testId="confirm-dismiss"
              error={error}
              confirm="Yes, dismiss it"
              onConfirm={() => void dismiss()}
              keep="No, keep it"
              onKeep={() => (setDismissing(false), setError(''))}
              field={
                <TextInput
                  id="dismiss-reason"
                  label="Why need members not be told?"
                  hint="One line, kept with the draft in the audit trail."
                  value={reason}
                  onChange={setReason}
                />
              }
            >
              Nobody is told about &ldquo;{d.title}&rdquo;. This cannot be undone.
            </ConfirmBox>
          ) : (
            <Button warning onClick={() => (setDismissing(true), setError(''), setReason(''))}>
              Dismiss this draft
            </Button>
          )}
        </>
      )}

      <Original d={d} />
      <p className="govuk-body">
        <Link className="govuk-link" to="/drafts">
          Back to the drafts
        </Link>
      </p>
    </>
  );
}
