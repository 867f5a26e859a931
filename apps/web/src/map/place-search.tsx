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

export interface PlaceSearchProps {
  readonly id: string;
  readonly lookupPostcode: (code: string) => Promise<LonLat>;
  readonly onFound: (focus: MapFocus) => void;
}

/** A search box over the map: type a postcode and the map moves there (the event's place stays as it was). */
export function PlaceSearch(p: PlaceSearchProps) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [found, setFound] = useState<string | undefined>();
  const [looking, setLooking] = useState(false);

  const search = async () => {
    setError(undefined);
    setFound(undefined);
    const code = query.trim();
    if (!code) {
      setError('Enter a postcode to find on the map, like LE18 2FZ');
      return;
    }
    setLooking(true);
    try {
      p.onFound({ at: await p.lookupPostcode(code), zoom: PLACE_ZOOM });
      setFound(code.toUpperCase());
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
        hint="A postcode, like LE18 2FZ. This moves the map only."
        value={query}
        onChange={setQuery}
        error={error}
        type="search"
        width="10"
        spellCheck={false}
      />
      <Button secondary onClick={() => void search()} disabled={looking}>
        Find on the map
      </Button>
      {found && (
        <p className="govuk-body-s" role="status">
          The map shows {found}.
        </p>
      )}
    </div>
  );
}
