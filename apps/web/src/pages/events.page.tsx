import { plural } from '@member-alerts/protocol/wording';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { EventList } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button, Select, TextInput } from '../components/fields';
import { Pager, usePagedSearch } from '../components/pager';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime, kindLabel } from '../components/wording';
import { KIND_SPECS } from '../events/event-kinds';
import { divisionNames } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';

const PAGE = 25;
const FILTERS = ['kind', 'division', 'status', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export function EventsPage() {
  usePageTitle('Events');
  const { api } = useSession();
  const { params, setParams, offset, page, key } = usePagedSearch();
  const current: Filters = {
    kind: params.get('kind') ?? '',
    division: params.get('division') ?? '',
    status: params.get('status') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const [form, setForm] = useState<Filters>(current);
  const { divisions } = useDivisions(api);
  const list = useLoad(
    (signal) =>
      api.json<EventList>('/events', {
        signal,
        query: {
          ...current,
          // Dates are whole days: from the start of "from" to the end of "to".
          from: current.from ? `${current.from}T00:00:00` : undefined,
          to: current.to ? `${current.to}T23:59:59.999` : undefined,
          limit: PAGE,
          offset,
        },
      }),
    [api, key],
  );

  const apply = (ev: FormEvent) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (form[f]) next.set(f, form[f]);
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
        <div className="app-inline-buttons">
          <Select
            id="filter-kind"
            label="Kind"
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind })}
            options={[
              { value: '', label: 'All kinds' },
              ...KIND_SPECS.map((k) => ({ value: k.kind, label: k.label })),
            ]}
          />
          <Select
            id="filter-division"
            label="Division"
            value={form.division}
            onChange={(division) => setForm({ ...form, division })}
            options={[
              { value: '', label: 'All divisions' },
              ...divisionNames(divisions).map((n) => ({ value: n, label: n })),
            ]}
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
          <TextInput
            id="filter-from"
            label="Registered from"
            type="date"
            value={form.from}
            onChange={(from) => setForm({ ...form, from })}
          />
          <TextInput
            id="filter-to"
            label="Registered to"
            type="date"
            value={form.to}
            onChange={(to) => setForm({ ...form, to })}
          />
          <Button type="submit" secondary>
            Apply filters
          </Button>
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
                      <td className="govuk-table__cell">{kindLabel(e.kind)}</td>
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
