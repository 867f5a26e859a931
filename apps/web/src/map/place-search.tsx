import { type KeyboardEvent, useState } from 'react';
import { ApiError } from '../api/api-client';
import { Button, TextInput } from '../components/fields';
import type { MapFocus } from './division-map';
import type { LonLat } from './geo.util';

/** How close the map comes to a place found: a street or two across. */
export const PLACE_ZOOM = 16;

/** What went wrong looking up a postcode, in the words the API used for the field. */
export function lookupProblem(e: unknown): string {
  return e instanceof ApiError ? (e.errors[0]?.message ?? e.message) : 'The postcode could not be looked up';
}

/** A place the search found: a postcode, a place on the council's list, or a division by its name. */
export interface FoundPlace {
  readonly name: string;
  readonly kind: 'postcode' | 'place' | 'division';
  readonly lon: number;
  readonly lat: number;
  /** [west, south, east, north] */
  readonly bounds?: readonly [number, number, number, number];
}

export type PlaceLookup = (query: string) => Promise<readonly FoundPlace[]>;

const KIND_WORDS: Readonly<Record<FoundPlace['kind'], string>> = {
  postcode: 'postcode',
  place: 'place',
  division: 'division',
};

/** Where the map goes for a place found, with the place marked and named. */
export function focusOn(place: FoundPlace): MapFocus {
  const at: LonLat = [place.lon, place.lat];
  const label = `${place.name} (${KIND_WORDS[place.kind]})`;
  return { at, zoom: PLACE_ZOOM, marker: label, ...(place.bounds ? { bounds: place.bounds } : {}) };
}

export interface PlaceSearchProps {
  readonly id: string;
  readonly lookupPlace: PlaceLookup;
  readonly onFound: (focus: MapFocus) => void;
}

/** A search box over the map: type a place or a postcode and the map moves there, marked (the event's place stays as it was). */
export function PlaceSearch(p: PlaceSearchProps) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [found, setFound] = useState<{ place: FoundPlace; others: string[] } | undefined>();
  const [looking, setLooking] = useState(false);

  const search = async () => {
    setError(undefined);
    setFound(undefined);
    const q = query.trim();
    if (!q) {
      setError('Enter a place name or a postcode to find on the map, like Oadby or LE18 2FZ');
      return;
    }
    setLooking(true);
    try {
      const [place, ...others] = await p.lookupPlace(q);
      if (!place) throw new Error(`Nothing called ${q} was found`);
      p.onFound(focusOn(place));
      setFound({ place, others: others.map((o) => o.name) });
    } catch (e) {
      setError(lookupProblem(e));
    } finally {
      setLooking(false);
    }
  };
  // The search sits inside the event's form: Enter searches rather than sending the form.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
    e.preventDefault();
    void search();
  };

  return (
    <div className="app-inline-buttons app-place-search" role="search" onKeyDown={onKeyDown}>
      <TextInput
        id={p.id}
        label="Find a place on the map"
        hint="A place or a division, like Oadby, or a postcode, like LE18 2FZ. This moves the map only."
        value={query}
        onChange={setQuery}
        error={error}
        type="search"
        width="20"
        spellCheck={false}
      />
      <Button secondary onClick={() => void search()} disabled={looking}>
        Find on the map
      </Button>
      {found && (
        <p className="govuk-body-s" role="status">
          The map shows {found.place.name}, marked with a black circle
          {found.place.kind === 'division' ? ' inside the division' : ''}.
          {found.others.length > 0 && ` Other places with that name: ${found.others.join(', ')}.`}
        </p>
      )}
    </div>
  );
}
