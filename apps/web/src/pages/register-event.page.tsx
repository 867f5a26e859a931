import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Plan } from '../api/types';
import { useSession } from '../auth/session-context';
import { usePageTitle } from '../components/use-page-title';
import { EventForm } from '../events/event-form';
import { useCouncilKinds } from '../events/use-council-kinds';
import type { Basemap } from '../map/division-map';
import type { LonLat } from '../map/geo.util';
import type { FoundPlace, PlaceLookup } from '../map/place-search';
import { useDivisions } from '../map/use-divisions';
import { contactFallback } from '../events/contact-fallback';

export function usePostcodeLookup() {
  const { api } = useSession();
  return async (code: string): Promise<LonLat> => {
    const r = await api.json<{ lon: number; lat: number }>(`/postcodes/${encodeURIComponent(code)}`);
    return [r.lon, r.lat];
  };
}

/** Places to find on the map: a division by its name, or a postcode. */
export function usePlaceLookup(): PlaceLookup {
  const { api } = useSession();
  return async (q) => (await api.json<{ places: FoundPlace[] }>(`/places?q=${encodeURIComponent(q)}`)).places;
}

export function useBasemap(): Basemap | null {
  const { settings } = useSession();
  const {
    basemapUrl: url,
    basemapAttribution: attribution,
    basemapAttributionUrl: attributionUrl,
  } = settings;
  // One object while the settings stay the same, so the maps do not redraw their layers.
  return useMemo(
    () => (url ? { url, attribution, attributionUrl } : null),
    [url, attribution, attributionUrl],
  );
}

/** What the event form needs besides the event: the map, the council's kinds, the look-ups and the contact's words. */
export function useEventFormSupport() {
  const { api, session } = useSession();
  const { divisions, error: mapError } = useDivisions(api);
  const { kinds, council, error: rulesError } = useCouncilKinds(api);
  const form = {
    kinds,
    council,
    divisions,
    lookupPostcode: usePostcodeLookup(),
    lookupPlace: usePlaceLookup(),
    basemap: useBasemap(),
    contactFallback: contactFallback(session),
  };
  return { form, mapError, rulesError };
}

export function RegisterEventPage() {
  usePageTitle('Register an event');
  const { api } = useSession();
  const navigate = useNavigate();
  const { form, mapError: error, rulesError } = useEventFormSupport();
  return (
    <>
      <h1 className="govuk-heading-l">Register an event</h1>
      <p className="govuk-body">
        Tell members about something happening in their division, as the protocol asks. You see who will be
        told, and why, before anything is sent.
      </p>
      {error && <p className="govuk-error-message">The map could not be loaded: {error}</p>}
      {rulesError && (
        <p className="govuk-error-message">The council’s kinds of event could not be loaded: {rulesError}</p>
      )}
      <EventForm
        {...form}
        submitLabel="Send the alerts"
        onPreview={(body, signal) => api.json<Plan>('/events/preview', { method: 'POST', body, signal })}
        onSubmit={async (body) => {
          const made = await api.json<{ id: string; queued?: number }>('/events', { method: 'POST', body });
          void navigate(`/events/${made.id}`, { state: { registered: true } });
        }}
      />
    </>
  );
}
