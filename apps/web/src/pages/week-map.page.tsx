import { useMemo } from 'react';
import type { WeekEvent } from '../api/types';
import { can, useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { dateTime } from '../components/wording';
import { DivisionMap, type MapMarker } from '../map/division-map';
import { toWgs84 } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';
import { useBasemap } from './register-event.page';
import { Link } from 'react-router';
import { useCouncilWords } from '../components/council-words';

/** This week's events on the map, and as a list (the list is the accessible equivalent). */
export function WeekMap() {
  const words = useCouncilWords();
  const { api, session } = useSession();
  const { divisions } = useDivisions(api);
  const basemap = useBasemap();
  const week = useLoad(
    (signal) => api.json<{ from: string; to: string; events: WeekEvent[] }>('/web/week-events', { signal }),
    [api],
    30_000,
  );
  const events = week.data?.events ?? [];
  const markers = useMemo<MapMarker[]>(
    () =>
      events
        .filter((e) => e.location)
        .map((e) => ({
          id: e.id,
          label: e.title,
          geometry: toWgs84(e.location as NonNullable<WeekEvent['location']>, e.crs),
        })),
    [events],
  );
  const affected = [...new Set(events.flatMap((e) => e.affectedDivisions))];
  const adjoining = [...new Set(events.flatMap((e) => e.adjoiningDivisions))].filter(
    (d) => !affected.includes(d),
  );
  const officer = can(session, 'officer');
  return (
    <section aria-labelledby="week-heading">
      <h2 className="govuk-heading-m" id="week-heading">
        This week&rsquo;s events
      </h2>
      <p className="govuk-body">
        Events registered in the last 7 days, or starting in the next 7, across the council's area.
      </p>
      {week.error && <p className="govuk-error-message">{week.error}</p>}
      <DivisionMap
        label="Map of this week's events"
        divisions={divisions}
        affected={affected}
        adjoining={adjoining}
        adjoiningAlerted
        markers={markers}
        basemap={basemap}
      />
      <ul className="app-legend" aria-label="Map key">
        <li>
          <span className="app-legend__swatch app-legend__swatch--affected" /> Divisions with an event
        </li>
        <li>
          <span className="app-legend__swatch app-legend__swatch--adjoining" /> Adjoining divisions told
        </li>
        <li>
          <span className="app-legend__swatch app-legend__swatch--drawn" /> Where it happens
        </li>
      </ul>
      {week.data && events.length === 0 && <p className="govuk-body">No events this week.</p>}
      {events.length > 0 && (
        <ul className="govuk-list govuk-list--bullet" data-testid="week-events">
          {events.map((e) => (
            <li key={e.id}>
              {officer ? (
                <Link className="govuk-link" to={`/events/${e.id}`}>
                  {e.title}
                </Link>
              ) : (
                <strong>{e.title}</strong>
              )}{' '}
              ({words.kindLabel(e.kind)}) in {e.affectedDivisions.join(', ') || words.wholeArea.toLowerCase()}
              {e.startsAt
                ? `, from ${dateTime(e.startsAt)}`
                : e.opensAt
                  ? `, opens ${dateTime(e.opensAt)}`
                  : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function WeekMapPage() {
  usePageTitle("This week's events");
  return (
    <>
      <h1 className="govuk-heading-l">This week&rsquo;s events</h1>
      <WeekMap />
    </>
  );
}
