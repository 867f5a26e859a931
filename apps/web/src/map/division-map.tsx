import type { Feature, FeatureCollection, Geometry } from 'geojson';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { LonLat } from './geo.util';

export interface MapMarker {
  readonly id: string;
  readonly label: string;
  readonly geometry: Geometry;
}

export interface Basemap {
  readonly url: string;
  readonly attribution: string | null;
  /** Where the attribution links to. */
  readonly attributionUrl?: string | null;
}

/** Where the map is moved to, e.g. a postcode found with the place search. */
export interface MapFocus {
  readonly at: LonLat;
  readonly zoom: number;
  /** Marks `at` with a circle of this name, for the eye and for screen readers. */
  readonly marker?: string;
  /** The area to show, [west, south, east, north], rather than `zoom` around `at`. */
  readonly bounds?: readonly [number, number, number, number];
}

export interface DivisionMapProps {
  /** What the map shows, for screen readers. */
  readonly label: string;
  readonly divisions: FeatureCollection | null;
  readonly affected?: readonly string[];
  readonly adjoining?: readonly string[];
  /** Whether the adjoining divisions' members are told (then they are filled, else hatched). */
  readonly adjoiningAlerted?: boolean;
  /** Another set of boundaries drawn over the first, e.g. a generation before it takes effect. */
  readonly overlay?: FeatureCollection | null;
  /** The event's place in WGS84: drawn in red. */
  readonly geometry?: Geometry | null;
  /** Vertices being drawn, shown as dots. */
  readonly vertices?: readonly LonLat[];
  /** Clicks (or Enter at the crosshair) while drawing. */
  readonly onPick?: (at: LonLat) => void;
  readonly onDivisionClick?: (name: string) => void;
  readonly markers?: readonly MapMarker[];
  readonly basemap?: Basemap | null;
  readonly focus?: MapFocus | null;
  readonly small?: boolean;
  /** Zoom to the affected and adjoining divisions rather than the whole council. */
  readonly zoomToHighlight?: boolean;
}

const AFFECTED = '#1d70b8';
const ADJOINING = '#f47738';
const DRAWN = '#d4351c';
const PROPOSED = '#00703c';

/** Leaflet draws vector layers with SVG; without it (or in a test DOM) the page works without the map. */
export function mapSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof (window.SVGSVGElement?.prototype as { createSVGRect?: unknown } | undefined)?.createSVGRect ===
      'function'
  );
}

// The console's own endpoint names every division `name`; a raw upload may use another property
// (the same candidates libs/geo tries, in its order).
const NAME_PROPERTIES = ['name', 'Division_n', 'division', 'division_name', 'DivisionName', 'Name', 'NAME'];

export const nameOf = (f: Feature | undefined) => {
  const p = (f?.properties ?? {}) as Record<string, unknown>;
  const n = NAME_PROPERTIES.map((k) => p[k]).find((v) => typeof v === 'string');
  return typeof n === 'string' ? n.trim() : '';
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The attribution Leaflet shows (as HTML): the provider's words, linked to its copyright page. */
export function attributionHtml(b: Basemap): string {
  const text = escapeHtml(b.attribution ?? '');
  if (!b.attributionUrl || !text) return text;
  return `<a href="${escapeHtml(b.attributionUrl)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/**
 * The council's divisions with their names, on the basemap when the server has one whose tiles
 * answer, else on their own, so it works offline. Affected divisions are blue, adjoining ones orange (hatched when they are not told).
 */
export function DivisionMap(props: DivisionMapProps) {
  const supported = mapSupported();
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<{
    divisions?: L.GeoJSON;
    overlay?: L.GeoJSON;
    drawn?: L.LayerGroup;
    markers?: L.LayerGroup;
    found?: L.CircleMarker;
    tiles?: L.TileLayer;
  }>({});
  const fitted = useRef<FeatureCollection | null>(null);
  // A place the person asked for: the outlines arriving later must not move the map away from it.
  const focused = useRef(false);
  const zooming = useRef(false);
  const handlers = useRef({ onPick: props.onPick, onDivisionClick: props.onDivisionClick });
  handlers.current = { onPick: props.onPick, onDivisionClick: props.onDivisionClick };

  useEffect(() => {
    if (!supported || !el.current) return;
    const m = L.map(el.current, {
      zoomSnap: 0.1,
      keyboard: true,
      attributionControl: true,
      center: [52.65, -1.15],
      zoom: 9,
    });
    m.attributionControl.setPrefix(false);
    const labelsByZoom = () => {
      el.current?.classList.toggle('app-map--labels-minor-hidden', m.getZoom() < 9);
    };
    m.on('zoomend', labelsByZoom);
    // Leaflet drops a setView asked for while a zoom animation runs (the person's scroll, say):
    // the place search waits for the animation to end instead.
    m.on('zoomanim', () => (zooming.current = true));
    m.on('zoomend', () => (zooming.current = false));
    labelsByZoom();
    m.on('click', (e: L.LeafletMouseEvent) => {
      handlers.current.onPick?.([e.latlng.lng, e.latlng.lat]);
    });
    // Keyboard drawing: Enter places a point at the centre of the map, under the crosshair.
    el.current.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.target !== el.current || !handlers.current.onPick) return;
      const c = m.getCenter();
      handlers.current.onPick([c.lng, c.lat]);
      e.preventDefault();
    });
    map.current = m;
    // The browser tests find where a longitude and latitude are on screen through the map itself.
    (el.current as HTMLDivElement & { leafletMap?: L.Map }).leafletMap = m;
    return () => {
      m.remove();
      map.current = null;
      layers.current = {};
      fitted.current = null;
    };
  }, [supported]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    layers.current.tiles?.remove();
    delete layers.current.tiles;
    if (props.basemap?.url) {
      const tiles = L.tileLayer(props.basemap.url, {
        attribution: attributionHtml(props.basemap),
        maxZoom: 18,
      });
      // A tile server that stops answering mid-session: stop asking it, the divisions stay.
      tiles.once('tileerror', () => {
        tiles.remove();
        if (layers.current.tiles === tiles) delete layers.current.tiles;
      });
      layers.current.tiles = tiles.addTo(m);
      tiles.bringToBack();
    }
  }, [props.basemap?.url, props.basemap?.attribution, props.basemap?.attributionUrl]);

  useEffect(() => {
    const f = props.focus;
    if (!f || !map.current) return;
    focused.current = true;
    const m = map.current;
    layers.current.found?.remove();
    delete layers.current.found;
    if (f.marker) {
      // Black ringed in yellow: red is the event's own place, and this is only where the map went.
      const found = L.circleMarker([f.at[1], f.at[0]], {
        radius: 9,
        color: '#ffdd00',
        weight: 4,
        fillColor: '#0b0c0c',
        fillOpacity: 1,
        interactive: false,
      })
        .bindTooltip(f.marker, { permanent: true, direction: 'top', offset: [0, -10] })
        .addTo(m);
      // The circle is an SVG path: name it, so a screen reader says what the map marks.
      const el = found.getElement();
      el?.setAttribute('role', 'img');
      el?.setAttribute('aria-label', `Found: ${f.marker}`);
      el?.classList.add('app-map__found');
      layers.current.found = found;
    }
    const b = f.bounds;
    const go = () =>
      b
        ? m.fitBounds(
            [
              [b[1], b[0]],
              [b[3], b[2]],
            ],
            { padding: [16, 16], animate: false },
          )
        : m.setView([f.at[1], f.at[0]], f.zoom);
    if (zooming.current) m.once('zoomend', go);
    else go();
  }, [props.focus]);

  const affectedKey = (props.affected ?? []).join('|');
  const adjoiningKey = (props.adjoining ?? []).join('|');
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    layers.current.divisions?.remove();
    if (!props.divisions) return;
    const affected = new Set(props.affected ?? []);
    const adjoining = new Set(props.adjoining ?? []);
    const alerted = props.adjoiningAlerted ?? false;
    const layer = L.geoJSON(props.divisions, {
      style: (f) => {
        const n = nameOf(f);
        if (affected.has(n)) return { color: '#0b0c0c', weight: 2, fillColor: AFFECTED, fillOpacity: 0.55 };
        if (adjoining.has(n))
          return {
            color: '#0b0c0c',
            weight: 1.5,
            fillColor: ADJOINING,
            fillOpacity: alerted ? 0.45 : 0.15,
            dashArray: alerted ? undefined : '4 4',
          };
        return { color: '#505a5f', weight: 1, fillColor: '#ffffff', fillOpacity: props.basemap ? 0.1 : 0.8 };
      },
      onEachFeature: (f, l) => {
        const n = nameOf(f);
        const major = affected.has(n) || adjoining.has(n);
        l.bindTooltip(n, {
          permanent: true,
          direction: 'center',
          className: `app-division-label${major ? ' app-division-label--major' : ' app-division-label--minor'}`,
        });
        l.on('click', (e: L.LeafletMouseEvent) => {
          if (handlers.current.onDivisionClick) {
            L.DomEvent.stopPropagation(e);
            handlers.current.onDivisionClick(n);
          }
        });
      },
    }).addTo(m);
    layer.bringToBack();
    layers.current.divisions = layer;
    if (fitted.current !== props.divisions) {
      let b = layer.getBounds();
      if (props.zoomToHighlight) {
        const near = L.latLngBounds([]);
        layer.eachLayer((l) => {
          const n = nameOf((l as L.Polygon).feature as Feature | undefined);
          if (affected.has(n) || adjoining.has(n)) near.extend((l as L.Polygon).getBounds());
        });
        if (near.isValid()) b = near;
      }
      // Without animation: outlines that arrive need no glide, and a glide would swallow a place
      // searched for during it.
      if (b.isValid() && !focused.current) m.fitBounds(b, { padding: [8, 8], animate: false });
      // Until the plan arrives there is nothing to zoom to: fit again once it has.
      if (!props.zoomToHighlight || affected.size > 0) fitted.current = props.divisions;
    }
  }, [props.divisions, affectedKey, adjoiningKey, props.adjoiningAlerted, Boolean(props.basemap)]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    layers.current.overlay?.remove();
    delete layers.current.overlay;
    if (!props.overlay) return;
    layers.current.overlay = L.geoJSON(props.overlay, {
      style: { color: PROPOSED, weight: 2.5, fill: false },
      onEachFeature: (f, l) => l.bindTooltip(`${nameOf(f)} (proposed)`, { sticky: true }),
    }).addTo(m);
    const b = layers.current.overlay.getBounds();
    if (b.isValid()) m.fitBounds(b, { padding: [8, 8] });
  }, [props.overlay]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    layers.current.drawn?.remove();
    const group = L.layerGroup();
    if (props.geometry) {
      L.geoJSON(props.geometry, {
        style: { color: DRAWN, weight: 4, fillColor: DRAWN, fillOpacity: 0.2 },
        pointToLayer: (_f, at) =>
          L.circleMarker(at, { radius: 8, color: '#ffffff', weight: 2, fillColor: DRAWN, fillOpacity: 1 }),
        interactive: false,
      }).addTo(group);
    }
    for (const [lon, lat] of props.vertices ?? []) {
      L.circleMarker([lat, lon], {
        radius: 5,
        color: DRAWN,
        weight: 2,
        fillColor: '#ffffff',
        fillOpacity: 1,
        interactive: false,
      }).addTo(group);
    }
    group.addTo(m);
    layers.current.drawn = group;
  }, [props.geometry, props.vertices]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    layers.current.markers?.remove();
    const group = L.layerGroup();
    for (const mk of props.markers ?? []) {
      L.geoJSON(mk.geometry, {
        style: { color: DRAWN, weight: 4 },
        pointToLayer: (_f, at) =>
          L.circleMarker(at, { radius: 7, color: '#ffffff', weight: 2, fillColor: DRAWN, fillOpacity: 1 }),
      })
        .bindTooltip(mk.label)
        .addTo(group);
    }
    group.addTo(m);
    layers.current.markers = group;
  }, [props.markers]);

  if (!supported) {
    return (
      <p className="govuk-inset-text">
        The map cannot be shown in this browser. Use the list of divisions, a postcode or grid coordinates
        instead.
      </p>
    );
  }
  const drawing = Boolean(props.onPick);
  return (
    <div className="app-map-wrap">
      <div
        ref={el}
        className={`app-map${props.small ? ' app-map--small' : ''}${drawing ? ' app-map--drawing' : ''}`}
        role="application"
        aria-label={props.label}
        tabIndex={0}
      />
      {drawing && (
        <p className="govuk-body-s">
          Click the map to place points. With the keyboard: focus the map, move it with the arrow keys and
          press Enter to place a point at the centre.
        </p>
      )}
    </div>
  );
}
