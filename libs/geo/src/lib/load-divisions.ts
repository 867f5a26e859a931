import type { MultiPolygon, Position } from 'geojson';
import { bngToLonLat, crsFromMember, looksLikeBng, looksLikeWgs84, type Crs, type Extent } from './crs.util';
import { DivisionSet, type Division } from './division-set';
import { GeoInputError } from './geo-error';
import { checkGeometry, extentOf, mapPositions, positionsOf } from './geometry.util';
import { checkVertexLimits, DEFAULT_VERTEX_LIMITS, type VertexLimits } from './vertex-limits';

export interface LoadDivisionsOptions {
  /** The feature property that holds the division name. Chosen automatically when absent. */
  nameProperty?: string;
  /** The feature property that holds the number of councillors. Defaults to a known one, else 1. */
  seatsProperty?: string;
  /** Overrides the CRS found in the file or guessed from its coordinates. */
  crs?: Crs;
  /** How many points a division and the whole file may have; defaults to MAX_DIVISION_VERTICES and MAX_FILE_VERTICES. */
  vertexLimits?: VertexLimits;
}

// In order of preference. LGBCE files carry `Division_n` (their `Name` has a misspelling);
// ONS files carry `CEDyyNM` or `name`.
const NAME_CANDIDATES = ['Division_n', 'division', 'division_name', 'DivisionName', 'name', 'Name', 'NAME'];
const NAME_PATTERN = /^CED\d*NM$/i;
const SEAT_CANDIDATES = ['No_of_coun', 'seats', 'councillors', 'Councillors'];

type RawFeature = { geometry?: unknown; properties?: unknown; id?: unknown };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function propertiesOf(f: RawFeature): Record<string, unknown> {
  return isRecord(f.properties) ? f.properties : {};
}

function chooseNameProperty(features: readonly RawFeature[]): string {
  const keys = Object.keys(propertiesOf(features[0] as RawFeature));
  const candidates = [...NAME_CANDIDATES, ...keys.filter((k) => NAME_PATTERN.test(k))];
  const usable = candidates.find((k) =>
    features.every((f) => {
      const v = propertiesOf(f)[k];
      return typeof v === 'string' && v.trim() !== '';
    }),
  );
  if (!usable) {
    throw new GeoInputError(
      `could not tell which property holds the division name; pass nameProperty (the first feature has: ${keys.join(', ') || 'no properties'})`,
    );
  }
  return usable;
}

function featureLabel(f: RawFeature, i: number, name?: string): string {
  const id = typeof f.id === 'string' || typeof f.id === 'number' ? ` id ${JSON.stringify(f.id)}` : '';
  return `feature ${i}${id}${name ? ` ("${name}")` : ''}`;
}

function crsOfExtent(e: Extent): Crs | undefined {
  if (looksLikeWgs84(e)) return 'EPSG:4326';
  if (looksLikeBng(e)) return 'EPSG:27700';
  return undefined;
}

function describeExtent(e: Extent): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return `x ${r(e.minX)}…${r(e.maxX)}, y ${r(e.minY)}…${r(e.maxY)}`;
}

/**
 * Loads a FeatureCollection of division polygons in WGS84 or British National Grid, checks it,
 * and returns a DivisionSet. Every problem is reported in one error that names the features.
 * Real-world flaws that still allow matching (self-intersections, slivers, overlaps, point-only
 * touches) become warnings on the set.
 */
export function loadDivisions(input: unknown, options: LoadDivisionsOptions = {}): DivisionSet {
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch (e) {
      throw new GeoInputError(`the divisions file is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isRecord(input) || input['type'] !== 'FeatureCollection') {
    throw new GeoInputError('the divisions file must be a GeoJSON FeatureCollection');
  }
  const rawFeatures = input['features'];
  if (!Array.isArray(rawFeatures)) throw new GeoInputError('the FeatureCollection has no "features" array');
  if (rawFeatures.length === 0)
    throw new GeoInputError('the FeatureCollection is empty: it has no divisions');
  const features = rawFeatures.map((f): RawFeature => (isRecord(f) ? f : {}));

  const nameProperty = options.nameProperty ?? chooseNameProperty(features);
  // Counted on the parsed input before any copy, index or topology is built, so an oversized file
  // costs no more memory than its own text.
  checkVertexLimits(
    features.map((f) => f.geometry),
    (i) => {
      const f = features[i] as RawFeature;
      const name = propertiesOf(f)[nameProperty];
      return typeof name === 'string' ? `"${name.trim().slice(0, 60)}" (feature ${i})` : `feature ${i}`;
    },
    options.vertexLimits ?? DEFAULT_VERTEX_LIMITS,
  );
  const seatsProperty =
    options.seatsProperty ?? SEAT_CANDIDATES.find((k) => features.some((f) => k in propertiesOf(f)));

  const problems: string[] = [];
  const parsed: { name: string; seats: number; label: string; geometry: MultiPolygon; extent: Extent }[] = [];
  const seen = new Map<string, string>();
  features.forEach((f, i) => {
    const props = propertiesOf(f);
    const rawName = props[nameProperty];
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const label = featureLabel(f, i, name);
    if (!name) problems.push(`${label}: property "${nameProperty}" is missing or empty`);
    const first = seen.get(name);
    if (name && first) problems.push(`${label}: duplicate division name "${name}" (also ${first})`);
    if (name) seen.set(name, label);

    let seats = 1;
    if (seatsProperty && props[seatsProperty] !== undefined) {
      const n = Number(props[seatsProperty]);
      if (!Number.isInteger(n) || n < 1) {
        problems.push(
          `${label}: "${seatsProperty}" must be a whole number of councillors, got ${JSON.stringify(props[seatsProperty])}`,
        );
      } else seats = n;
    }

    const g =
      f.geometry === undefined || f.geometry === null
        ? undefined
        : checkGeometry(f.geometry, label, problems);
    if (f.geometry === undefined || f.geometry === null) problems.push(`${label}: has no geometry`);
    if (!g) return;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      problems.push(`${label}: a division must be a Polygon or MultiPolygon, not a ${g.type}`);
      return;
    }
    const geometry: MultiPolygon =
      g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
    parsed.push({ name, seats, label, geometry, extent: extentOf(positionsOf(geometry)) });
  });
  if (problems.length) throw GeoInputError.fromProblems('the divisions file has problems', problems);

  const declared = options.crs ?? crsFromMember(input);
  const whole = extentOf(
    parsed.flatMap((p) => [
      [p.extent.minX, p.extent.minY],
      [p.extent.maxX, p.extent.maxY],
    ]),
  );
  const crs = declared ?? crsOfExtent(whole);
  for (const p of parsed) {
    const fits =
      crs === 'EPSG:27700' ? looksLikeBng(p.extent) : crs === 'EPSG:4326' && looksLikeWgs84(p.extent);
    if (!fits) {
      const expected = crs ? `for ${crs}` : 'for both WGS84 (lon/lat) and British National Grid';
      problems.push(`${p.label}: coordinates out of range ${expected} (${describeExtent(p.extent)})`);
    }
  }
  if (problems.length || !crs) throw GeoInputError.fromProblems('the divisions file has problems', problems);

  const toWgs84 = (p: Position): Position => bngToLonLat(p[0] as number, p[1] as number);
  const divisions: Division[] = parsed.map((p, i) => {
    const f = features[i] as RawFeature;
    const id = typeof f.id === 'string' || typeof f.id === 'number' ? f.id : undefined;
    return {
      name: p.name,
      seats: p.seats,
      ...(id === undefined ? {} : { featureId: id }),
      properties: propertiesOf(f),
      geometry: crs === 'EPSG:27700' ? mapPositions(p.geometry, toWgs84) : p.geometry,
    };
  });
  return new DivisionSet(divisions, crs);
}
