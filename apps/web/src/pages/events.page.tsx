import { plural } from '@member-alerts/protocol/wording';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { EventList } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button, Select, TextInput } from '../components/fields';
import { DownloadCsvButton } from '../components/download-csv';
import { DivisionFilter, KindFilter } from '../components/filter-selects';
import { Pager, usePagedSearch } from '../components/pager';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime } from '../components/wording';
import { useCouncilWords } from '../components/council-words';

const PAGE = 25;
const FILTERS = ['q', 'kind', 'division', 'status', 'happensFrom', 'happensTo', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const DATE_FILTERS = [
  ['happensFrom', 'filter-happens-from', 'Happens from'],
  ['happensTo', 'filter-happens-to', 'Happens to'],
  ['from', 'filter-from', 'Registered from'],
  ['to', 'filter-to', 'Registered to'],
] as const;

// Dates are whole days: from the start of the first to the end of the last.
const dayStart = (d: string) => (d ? `${d}T00:00:00` : undefined);
const dayEnd = (d: string) => (d ? `${d}T23:59:59.999` : undefined);

/** The filters as the API reads them, for the list and for its CSV export alike. */
export function eventQuery(f: Filters): Record<string, string | undefined> {
  return {
    ...f,
    q: f.q.trim() || undefined,
    from: dayStart(f.from),
    to: dayEnd(f.to),
    happensFrom: dayStart(f.happensFrom),
    happensTo: dayEnd(f.happensTo),
  };
}

export function EventsPage() {
  const words = useCouncilWords();
  usePageTitle('Events');
  const { api } = useSession();
  const { params, setParams, offset, page, key } = usePagedSearch();
  const current = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;
  const [form, setForm] = useState<Filters>(current);
  const list = useLoad(
    (signal) =>
      api.json<EventList>('/events', {
        signal,
        query: { ...eventQuery(current), limit: PAGE, offset },
      }),
    [api, key],
  );

  const apply = (ev: FormEvent) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (form[f].trim()) next.set(f, form[f].trim());
    setParams(next);
  };

  const data = list.data;
  return (
    <>
      <div className="app-inline-buttons">
        <h1 className="govuk-heading-l">Events</h1>
        <Link to="/events/new" className="govuk-button" role="button" draggable={false}>
          Register an event
        </Link>
      </div>
      <form onSubmit={apply} className="govuk-!-margin-bottom-6" aria-label="Filter the events">
        <TextInput
          id="filter-q"
          label="Search"
          hint="Words in the title, the description or the venue"
          type="search"
          value={form.q}
          onChange={(q) => setForm({ ...form, q })}
          width="30"
        />
        <div className="app-filters">
          <KindFilter
            api={api}
            id="filter-kind"
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind })}
          />
          <DivisionFilter
            api={api}
            id="filter-division"
            value={form.division}
            onChange={(division) => setForm({ ...form, division })}
          />
          <Select
            id="filter-status"
            label="Status"
            value={form.status}
            onChange={(status) => setForm({ ...form, status })}
            options={[
              { value: '', label: 'Any' },
              { value: 'active', label: 'Active' },
              { value: 'cancelled', label: 'Cancelled' },
            ]}
          />
          {DATE_FILTERS.map(([f, id, label]) => (
            <TextInput
              key={f}
              id={id}
              label={label}
              type="date"
              value={form[f]}
              onChange={(v) => setForm({ ...form, [f]: v })}
            />
          ))}
        </div>
        <div className="app-inline-buttons">
          <Button type="submit" secondary>
            Apply filters
          </Button>
          <DownloadCsvButton
            api={api}
            path="/events/export.csv"
            filename="events.csv"
            query={eventQuery(current)}
          />
        </div>
      </form>
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {data && (
        <>
          <p className="govuk-body" role="status">
            {data.total === 0
              ? 'No events match.'
              : `Showing ${offset + 1} to ${offset + data.events.length} of ${plural(data.total, 'event')}`}
          </p>
          {data.events.length > 0 && (
            <div className="app-table-wrap">
              <table className="govuk-table">
                <caption className="govuk-visually-hidden">Events, newest first</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Event
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Kind
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Divisions
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      People told
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Registered
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {data.events.map((e) => (
                    <tr className="govuk-table__row" key={e.id}>
                      <td className="govuk-table__cell">
                        <Link className="govuk-link" to={`/events/${e.id}`}>
                          {e.title}
                        </Link>
                        {e.status === 'cancelled' && (
                          <>
                            {' '}
                            <strong className="govuk-tag govuk-tag--grey">Cancelled</strong>
                          </>
                        )}
                      </td>
                      <td className="govuk-table__cell">{words.kindLabel(e.kind)}</td>
                      <td className="govuk-table__cell">{e.affectedDivisions.join(', ')}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{e.recipients}</td>
                      <td className="govuk-table__cell">
                        {dateTime(e.createdAt)}
                        <br />
                        <span className="govuk-body-s">by {e.createdBy}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager offset={offset} size={PAGE} total={data.total} onPage={page} />
        </>
      )}
    </>
  );
}
