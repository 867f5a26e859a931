import { Link, useNavigate, useParams } from 'react-router';
import type { EventDetail, Plan } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { bodyToDraft, patchOf } from '../events/event-draft';
import { EventForm } from '../events/event-form';
import { useEventFormSupport } from './register-event.page';

export function EditEventPage() {
  usePageTitle('Edit an event');
  const { id = '' } = useParams();
  const { api } = useSession();
  const navigate = useNavigate();
  const { form } = useEventFormSupport();
  const ev = useLoad(
    (signal) => api.json<EventDetail>(`/events/${encodeURIComponent(id)}`, { signal }),
    [api, id],
  );
  if (ev.error) return <p className="govuk-error-message">{ev.error}</p>;
  if (!ev.data) return <p className="govuk-body">Loading…</p>;
  const e = ev.data;
  if (e.status === 'cancelled') {
    return (
      <>
        <h1 className="govuk-heading-l">This event was cancelled</h1>
        <p className="govuk-body">
          A cancelled event cannot be edited. <Link to={`/events/${e.id}`}>Back to the event</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <span className="govuk-caption-l">Version {e.version}</span>
      <h1 className="govuk-heading-l">Edit: {e.title}</h1>
      <p className="govuk-body">
        Everyone affected before or after the change is told what changed. A member who is no longer affected
        is told so.
      </p>
      <EventForm
        {...form}
        initial={bodyToDraft(e.event)}
        kindLocked
        askChangeNote
        submitLabel="Save and send the update"
        onPreview={(body, signal) => api.json<Plan>('/events/preview', { method: 'POST', body, signal })}
        onSubmit={async (body, changeNote) => {
          const patch = patchOf(e.event, body);
          await api.json(`/events/${e.id}`, {
            method: 'PATCH',
            body: changeNote ? { ...patch, changeNote } : patch,
          });
          void navigate(`/events/${e.id}`);
        }}
      />
    </>
  );
}
