import { bngToLonLat, GeoInputError, type SupportedGeometry } from '@member-alerts/geo';
import type { Position } from 'geojson';

// Street Manager gives works_location_coordinates in British National Grid, usually as WKT
// ("LINESTRING(501251.53 222574.64,501305.92 222506.65)", sometimes "POINT (x y)"), and on some
// feeds as a GeoJSON geometry, in a string or as an object.

type Nested = Position | Nested[];

const WKT_TYPES = {
  POINT: 'Point',
  LINESTRING: 'LineString',
  POLYGON: 'Polygon',
  MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString',
  MULTIPOLYGON: 'MultiPolygon',
} as const satisfies Record<string, SupportedGeometry['type']>;

// The depth of nesting of each type's coordinates: 0 is one position.
const DEPTH: Record<SupportedGeometry['type'], number> = {
  Point: 0,
  LineString: 1,
  MultiPoint: 1,
  Polygon: 2,
  MultiLineString: 2,
  MultiPolygon: 3,
};

function isWktType(s: string): s is keyof typeof WKT_TYPES {
  return s in WKT_TYPES;
}

/** Reads "(1 2, 3 4)" style text into nested arrays, positions being runs of numbers. */
function readWktBody(body: string): Nested {
  let i = 0;
  const fail = (why: string): never => {
    throw new GeoInputError(`the works location is not valid WKT: ${why}`);
  };
  const skip = () => {
    while (i < body.length && /\s/.test(body[i] as string)) i++;
  };
  const list = (): Nested => {
    skip();
    if (body[i] !== '(') fail(`expected "(" at character ${i + 1}`);
    i++;
    const items: Nested[] = [];
    for (;;) {
      skip();
      if (body[i] === '(') items.push(list());
      else {
        const m = /^[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?(?:\s+[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)+/.exec(
          body.slice(i),
        );
        if (!m) fail(`expected a position at character ${i + 1}`);
        const text = (m as RegExpExecArray)[0];
        items.push(text.trim().split(/\s+/).map(Number));
        i += text.length;
      }
      skip();
      if (body[i] === ',') {
        i++;
        continue;
      }
      if (body[i] === ')') {
        i++;
        return items;
      }
      fail(`expected "," or ")" at character ${i + 1}`);
    }
  };
  const out = list();
  skip();
  if (i < body.length) fail('there is text after the last ")"');
  return out;
}

function depthOf(v: unknown): number {
  if (!Array.isArray(v) || v.length === 0) return -1;
  return typeof v[0] === 'number' ? 0 : 1 + depthOf(v[0]);
}

function fromWkt(text: string): { type: SupportedGeometry['type']; coordinates: Nested } {
  const m = /^\s*(?:SRID=\d+;\s*)?([A-Za-z]+)\s*(?:Z\s*)?(\(.*\))\s*$/s.exec(text);
  const name = m?.[1]?.toUpperCase() ?? '';
  if (!m || !isWktType(name)) {
    throw new GeoInputError(
      'the works location is neither WKT (POINT, LINESTRING, POLYGON or their MULTI forms) nor GeoJSON',
    );
  }
  const type = WKT_TYPES[name];
  const parsed = readWktBody(m[2] as string);
  // A point is "(x y)": one list holding one position. MULTIPOINT may be written "(1 2, 3 4)" or "((1 2), (3 4))".
  let coordinates: Nested = type === 'Point' ? (parsed[0] as Nested) : parsed;
  if (type === 'MultiPoint' && depthOf(coordinates) === 2)
    coordinates = coordinates.map((p) => (p as Nested[])[0] as Nested);
  if (coordinates === undefined || depthOf(coordinates) !== DEPTH[type]) {
    throw new GeoInputError(`the works location's ${name} has its brackets nested the wrong way`);
  }
  return { type, coordinates };
}

function toLonLat(v: Nested): Nested {
  if (typeof v[0] === 'number') {
    const [x, y] = v as number[];
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new GeoInputError('the works location has a bad number');
    const [lon, lat] = bngToLonLat(x as number, y as number);
    return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
  }
  return (v as Nested[]).map(toLonLat);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fromGeoJson(v: Record<string, unknown>): { type: SupportedGeometry['type']; coordinates: Nested } {
  const type = v['type'];
  const coordinates = v['coordinates'];
  const known = Object.values(WKT_TYPES) as string[];
  if (typeof type !== 'string' || !known.includes(type) || !Array.isArray(coordinates)) {
    throw new GeoInputError(`the works location is a GeoJSON object that is not a point, line or area`);
  }
  return { type: type as SupportedGeometry['type'], coordinates: coordinates as Nested };
}

/**
 * The works location, given in British National Grid, as a GeoJSON geometry in WGS84 [lon, lat].
 * Throws GeoInputError, in words, when it cannot be read.
 */
export function readWorksGeometry(value: unknown): SupportedGeometry {
  let read: { type: SupportedGeometry['type']; coordinates: Nested };
  if (isRecord(value)) read = fromGeoJson(value);
  else if (typeof value === 'string' && value.trim().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      throw new GeoInputError('the works location looks like GeoJSON but is not valid JSON');
    }
    if (!isRecord(parsed)) throw new GeoInputError('the works location is not a GeoJSON geometry');
    read = fromGeoJson(parsed);
  } else if (typeof value === 'string') read = fromWkt(value);
  else throw new GeoInputError('the message gives no works location');
  if (depthOf(read.coordinates) !== DEPTH[read.type]) {
    throw new GeoInputError(`the works location's ${read.type} coordinates are nested the wrong way`);
  }
  return { type: read.type, coordinates: toLonLat(read.coordinates) } as SupportedGeometry;
}
