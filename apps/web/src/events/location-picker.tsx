import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo, useState } from 'react';
import type { Plan } from '../api/types';
import { Button, ErrorMessage, Radios, TextInput } from '../components/fields';
import { errorFor, type FormErrors } from '../components/form-errors';
import { type Basemap, DivisionMap, type MapFocus } from '../map/division-map';
import { bngToLonLat, geometryOf, type DrawMode, type LonLat } from '../map/geo.util';
import { lookupProblem, PLACE_ZOOM, type PlaceLookup, PlaceSearch } from '../map/place-search';
import type { AreaDraft, AreaMode } from './event-draft';

export interface LocationPickerProps {
  readonly area: AreaDraft;
  readonly onChange: (a: AreaDraft) => void;
  readonly divisions: FeatureCollection | null;
  readonly names: readonly string[];
  readonly errors: FormErrors;
  readonly plan: Plan | null;
  readonly lookupPostcode: (code: string) => Promise<LonLat>;
  readonly lookupPlace: PlaceLookup;
  readonly basemap?: Basemap | null;
  /** A second picker on the form (the area an issue concerns) names its fields apart. */
  readonly idPrefix?: string;
  readonly heading?: string;
  readonly hint?: string;
  /** The ways offered; all of them when absent. */
  readonly modes?: readonly AreaMode[];
  /** The form error this picker shows. */
  readonly errorField?: string;
  /** The council's words for its whole area, as an option reads ("The whole borough"). */
  readonly wholeArea: string;
}

const MODES: { value: AreaMode; label: string; hint?: string }[] = [
  { value: 'map', label: 'Draw it on the map', hint: 'A point, a line (such as a road) or an area' },
  { value: 'divisions', label: 'Choose divisions from a list' },
  { value: 'postcode', label: 'Enter a postcode' },
  { value: 'bng', label: 'Enter grid coordinates', hint: 'British National Grid eastings and northings' },
  // Labelled in the council's own words (wholeArea).
  { value: 'countywide', label: '' },
];

const DRAW_MODES: { value: DrawMode; label: string }[] = [
  { value: 'point', label: 'Point' },
  { value: 'line', label: 'Line' },
  { value: 'polygon', label: 'Area' },
];

/** What the map draws for the place chosen so far, in WGS84. */
function shownGeometry(a: AreaDraft): Geometry | null {
  switch (a.mode) {
    case 'map':
      return geometryOf(a.drawMode, a.vertices);
    case 'postcode':
      return a.postcodePoint ? { type: 'Point', coordinates: a.postcodePoint } : null;
    case 'bng': {
      const e = Number(a.easting);
      const n = Number(a.northing);
      if (!a.easting || !a.northing || !(e > 0 && e < 700000 && n > 0 && n < 1300000)) return null;
      return { type: 'Point', coordinates: bngToLonLat(e, n) };
    }
    case 'divisions':
    case 'countywide':
      return null;
  }
}

/** Where the event happens: drawn on the map, or by divisions, postcode or grid reference. */
export function LocationPicker(p: LocationPickerProps) {
  const { area, onChange } = p;
  const pre = p.idPrefix ?? '';
  const errorField = p.errorField ?? 'location';
  const modes = (p.modes ? MODES.filter((m) => p.modes?.includes(m.value)) : MODES).map((m) =>
    m.value === 'countywide' ? { ...m, label: p.wholeArea } : m,
  );
  const [filter, setFilter] = useState('');
  const [postcodeError, setPostcodeError] = useState<string | undefined>();
  const [looking, setLooking] = useState(false);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const set = (patch: Partial<AreaDraft>) => onChange({ ...area, ...patch });
  const geometry = useMemo(() => shownGeometry(area), [area]);
  const chosen = new Set(area.divisions);
  const toggle = (name: string) =>
    set({
      divisions: chosen.has(name) ? area.divisions.filter((d) => d !== name) : [...area.divisions, name],
    });
  const shownNames = p.names.filter((n) => n.toLowerCase().includes(filter.trim().toLowerCase()));

  const findPostcode = async () => {
    setPostcodeError(undefined);
    if (!area.postcode.trim()) {
      setPostcodeError('Enter a postcode, like LE18 2FZ');
      return;
    }
    setLooking(true);
    try {
      const at = await p.lookupPostcode(area.postcode.trim());
      set({ postcodePoint: at });
      setFocus({ at, zoom: PLACE_ZOOM });
    } catch (e) {
      setPostcodeError(lookupProblem(e));
      set({ postcodePoint: null });
    } finally {
      setLooking(false);
    }
  };

  const locationError = errorFor(p.errors, errorField);
  const highlight =
    area.mode === 'divisions' && !p.plan
      ? { affected: area.divisions, adjoining: [] as string[] }
      : {
          affected: p.plan?.affectedDivisions ?? [],
          adjoining: p.plan?.adjoiningDivisions ?? [],
        };

  return (
    <div
      className={`govuk-form-group${locationError ? ' govuk-form-group--error' : ''}`}
      id={errorField}
      tabIndex={-1}
    >
      <fieldset
        className="govuk-fieldset"
        aria-describedby={locationError ? `${errorField}-error` : undefined}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{p.heading ?? 'Where it happens'}</h2>
        </legend>
        {p.hint && <div className="govuk-hint">{p.hint}</div>}
        <ErrorMessage id={errorField} error={locationError} />
        <Radios
          id={`${pre}areaMode`}
          label="How do you want to give the place?"
          value={area.mode}
          onChange={(mode) => set({ mode })}
          options={modes}
          small
        />

        {area.mode === 'map' && (
          <div className="app-inline-buttons">
            <Radios
              id={`${pre}drawMode`}
              label="Draw a"
              value={area.drawMode}
              onChange={(drawMode) =>
                set({ drawMode, vertices: drawMode === 'point' ? area.vertices.slice(-1) : area.vertices })
              }
              options={DRAW_MODES}
              inline
              small
            />
            <Button
              secondary
              onClick={() => set({ vertices: area.vertices.slice(0, -1) })}
              disabled={!area.vertices.length}
            >
              Undo last point
            </Button>
            <Button secondary onClick={() => set({ vertices: [] })} disabled={!area.vertices.length}>
              Clear
            </Button>
          </div>
        )}

        {area.mode === 'divisions' && (
          <div
            className={`govuk-form-group${errorFor(p.errors, 'divisions') ? ' govuk-form-group--error' : ''}`}
          >
            <TextInput
              id="divisionFilter"
              label="Filter the divisions"
              value={filter}
              onChange={setFilter}
              type="search"
              width="20"
            />
            <fieldset className="govuk-fieldset" aria-describedby="divisions-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Divisions</legend>
              <div id="divisions-hint" className="govuk-hint">
                {area.divisions.length
                  ? `Chosen: ${area.divisions.join(', ')}`
                  : 'You can also click divisions on the map.'}
              </div>
              <ErrorMessage id="divisions" error={errorFor(p.errors, 'divisions')} />
              <div
                className="app-scroll-box govuk-checkboxes govuk-checkboxes--small"
                id="divisions"
                tabIndex={-1}
              >
                {shownNames.map((n, i) => (
                  <div className="govuk-checkboxes__item" key={n}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`division-${i}`}
                      type="checkbox"
                      checked={chosen.has(n)}
                      onChange={() => toggle(n)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`division-${i}`}>
                      {n}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}

        {area.mode === 'postcode' && (
          <div className="app-inline-buttons">
            <TextInput
              id={`${pre}postcode`}
              label="Postcode"
              hint="For example LE18 2FZ"
              value={area.postcode}
              onChange={(postcode) => set({ postcode, postcodePoint: null })}
              error={postcodeError ?? errorFor(p.errors, `${pre}postcode`)}
              width="10"
              autoComplete="postal-code"
              spellCheck={false}
            />
            <Button secondary onClick={() => void findPostcode()} disabled={looking}>
              Find postcode
            </Button>
            {area.postcodePoint && (
              <p className="govuk-body" role="status">
                Found: {area.postcodePoint[1].toFixed(5)}, {area.postcodePoint[0].toFixed(5)}
              </p>
            )}
          </div>
        )}

        {area.mode === 'bng' && (
          <div className="app-inline-buttons">
            <TextInput
              id={`${pre}easting`}
              label="Easting (metres)"
              hint="For example 462380"
              value={area.easting}
              onChange={(easting) => set({ easting })}
              error={errorFor(p.errors, `${pre}easting`)}
              width="10"
              inputMode="numeric"
            />
            <TextInput
              id={`${pre}northing`}
              label="Northing (metres)"
              hint="For example 300706"
              value={area.northing}
              onChange={(northing) => set({ northing })}
              error={errorFor(p.errors, `${pre}northing`)}
              width="10"
              inputMode="numeric"
            />
          </div>
        )}
      </fieldset>

      <PlaceSearch id={`${pre}placeSearch`} lookupPlace={p.lookupPlace} onFound={setFocus} />
      <DivisionMap
        label={p.heading ? `Map: ${p.heading}` : "Map of the council's divisions"}
        divisions={p.divisions}
        affected={highlight.affected}
        adjoining={highlight.adjoining}
        adjoiningAlerted={p.plan?.adjoiningAlerted ?? false}
        geometry={geometry}
        vertices={area.mode === 'map' && area.drawMode !== 'point' ? area.vertices : []}
        {...(area.mode === 'map'
          ? {
              onPick: (at: LonLat) =>
                set({ vertices: area.drawMode === 'point' ? [at] : [...area.vertices, at] }),
            }
          : {})}
        {...(area.mode === 'divisions' ? { onDivisionClick: toggle } : {})}
        basemap={p.basemap ?? null}
        focus={focus}
      />
      <ul className="app-legend" aria-label="Map key">
        <li>
          <span className="app-legend__swatch app-legend__swatch--affected" /> Affected
        </li>
        <li>
          <span className="app-legend__swatch app-legend__swatch--adjoining" /> Adjoining, told
        </li>
        <li>
          <span className="app-legend__swatch app-legend__swatch--adjoining-not" /> Adjoining, not told
        </li>
        <li>
          <span className="app-legend__swatch app-legend__swatch--drawn" /> The place you gave
        </li>
      </ul>
    </div>
  );
}
