import proj4 from 'proj4';
import { GeoInputError } from './geo-error';

export type Crs = 'EPSG:4326' | 'EPSG:27700';

// EPSG:27700 with the OSGB36→WGS84 Helmert transform (EPSG:1314), accurate to about ±2 m.
// It is the transform PROJ uses when the OSTN15 grid is not installed.
const BNG_DEFINITION =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const bngToWgs84 = proj4(BNG_DEFINITION, 'WGS84');

// British National Grid covers Great Britain: eastings 0–700 km, northings 0–1300 km.
export const BNG_BOUNDS = { minX: -10_000, maxX: 710_000, minY: -10_000, maxY: 1_310_000 } as const;

/** Reads a CRS name such as "EPSG:27700", "urn:ogc:def:crs:EPSG::27700", "27700" or "CRS84". */
export function parseCrs(name: unknown): Crs | undefined {
  if (typeof name === 'number') return parseCrs(String(name));
  if (typeof name !== 'string') return undefined;
  const s = name.trim().toUpperCase();
  if (/(^|[:/])27700$/.test(s)) return 'EPSG:27700';
  if (/(^|[:/])4326$/.test(s) || /CRS84$/.test(s) || s === 'WGS84') return 'EPSG:4326';
  return undefined;
}

/** Reads the legacy GeoJSON 2008 `crs` member, in either its "name" or its "EPSG" form. */
export function crsFromMember(obj: unknown): Crs | undefined {
  if (!obj || typeof obj !== 'object' || !('crs' in obj)) return undefined;
  const crs = (obj as { crs?: unknown }).crs;
  if (typeof crs === 'string') return parseCrs(crs);
  if (!crs || typeof crs !== 'object') return undefined;
  const props = (crs as { properties?: Record<string, unknown> }).properties ?? {};
  const found = parseCrs(props['name']) ?? parseCrs(props['code']);
  if (!found) {
    throw new GeoInputError(`unsupported "crs" member ${JSON.stringify(crs)}: use EPSG:4326 or EPSG:27700`);
  }
  return found;
}

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function looksLikeWgs84(e: Extent): boolean {
  return e.minX >= -180 && e.maxX <= 180 && e.minY >= -90 && e.maxY <= 90;
}

export function looksLikeBng(e: Extent): boolean {
  return (
    e.minX >= BNG_BOUNDS.minX &&
    e.maxX <= BNG_BOUNDS.maxX &&
    e.minY >= BNG_BOUNDS.minY &&
    e.maxY <= BNG_BOUNDS.maxY &&
    // Real eastings/northings in England are far beyond ±180.
    Math.max(Math.abs(e.maxX), Math.abs(e.maxY)) > 1000
  );
}

/** Converts one British National Grid position to WGS84 [lon, lat]. */
export function bngToLonLat(x: number, y: number): [number, number] {
  const [lon, lat] = bngToWgs84.forward([x, y]);
  return [lon, lat];
}

/** Converts a WGS84 [lon, lat] position to British National Grid [easting, northing]. */
export function lonLatToBng(lon: number, lat: number): [number, number] {
  const [x, y] = bngToWgs84.inverse([lon, lat]);
  return [x, y];
}
