import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';

// British National Grid (OSGB36 / EPSG:27700), with the OSTN15-approximating 7-parameter shift.
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

export type LonLat = [number, number];

/** Eastings and northings to WGS84 longitude and latitude. */
export function bngToLonLat(easting: number, northing: number): LonLat {
  const [lon, lat] = proj4<[number, number]>(BNG, 'WGS84', [easting, northing]);
  return [lon, lat];
}

export function lonLatToBng(lon: number, lat: number): [number, number] {
  const [e, n] = proj4<[number, number]>('WGS84', BNG, [lon, lat]);
  return [Math.round(e), Math.round(n)];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export type DrawMode = 'point' | 'line' | 'polygon';

/** The geometry a list of clicked vertices makes, or null while there are too few. */
export function geometryOf(mode: DrawMode, vertices: readonly LonLat[]): Geometry | null {
  const pts: Position[] = vertices.map(([x, y]) => [round(x), round(y)]);
  switch (mode) {
    case 'point':
      return pts.length ? { type: 'Point', coordinates: pts[pts.length - 1] as Position } : null;
    case 'line':
      return pts.length >= 2 ? { type: 'LineString', coordinates: pts } : null;
    case 'polygon':
      return pts.length >= 3 ? { type: 'Polygon', coordinates: [[...pts, pts[0] as Position]] } : null;
  }
}

/** A geometry in WGS84 for the map: converts British National Grid when the event says so. */
export function toWgs84(g: Geometry, crs?: string | null): Geometry {
  const bng = crs === 'EPSG:27700' || (g as { crs?: string }).crs === 'EPSG:27700';
  if (!bng) return g;
  const p = (c: Position): Position => bngToLonLat(c[0] as number, c[1] as number);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: p(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(p) };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(p) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(p)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(p)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(p))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => toWgs84(x, 'EPSG:27700')) };
  }
}

/** The vertices of a drawn geometry, to edit it again. */
export function verticesOf(g: Geometry | null | undefined): { mode: DrawMode; vertices: LonLat[] } | null {
  if (!g) return null;
  const ll = (c: Position): LonLat => [c[0] as number, c[1] as number];
  switch (g.type) {
    case 'Point':
      return { mode: 'point', vertices: [ll(g.coordinates)] };
    case 'LineString':
      return { mode: 'line', vertices: g.coordinates.map(ll) };
    case 'Polygon':
      return { mode: 'polygon', vertices: (g.coordinates[0] ?? []).slice(0, -1).map(ll) };
    case 'MultiPoint':
    case 'MultiLineString':
    case 'MultiPolygon':
    case 'GeometryCollection':
      return null;
  }
}

export function divisionNames(fc: FeatureCollection | null): string[] {
  if (!fc) return [];
  return fc.features
    .map((f: Feature) => (f.properties as { name?: unknown } | null)?.name)
    .filter((n): n is string => typeof n === 'string')
    .sort((a, b) => a.localeCompare(b));
}
