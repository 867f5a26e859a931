import type {
  Geometry,
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { crsFromMember, type Crs, type Extent } from './crs.util';
import { EdgeGrid } from './edge-grid';
import { GeoInputError } from './geo-error';
import { sizeProblems, type GeometryLimits } from './geometry-limits';

export type SupportedGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;
export const SUPPORTED_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;

export interface ReadGeometry {
  geometry: SupportedGeometry;
  /** The CRS declared on the object itself (legacy `crs` member), if any. */
  declaredCrs?: Crs;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkPosition(p: unknown, where: string, problems: string[]): Position | undefined {
  if (!Array.isArray(p) || p.length < 2) {
    problems.push(`${where}: a position must be an array [x, y]`);
    return undefined;
  }
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    problems.push(`${where}: coordinates must be finite numbers, got ${JSON.stringify(p).slice(0, 60)}`);
    return undefined;
  }
  // RFC 7946 §3.1.1: a position is x, y and at most a height.
  if (p.length > 3) {
    problems.push(`${where}: has ${p.length} numbers; a position is [x, y] or [x, y, height]`);
    return undefined;
  }
  // JSON.parse reads 1e999 as Infinity.
  const height: unknown = p[2];
  if (p.length === 3 && (typeof height !== 'number' || !Number.isFinite(height))) {
    problems.push(`${where}: the height (third number) must be a finite number`);
    return undefined;
  }
  // Height is dropped: divisions are matched in two dimensions.
  return [x, y];
}

function checkLine(v: unknown, where: string, min: number, problems: string[]): Position[] | undefined {
  if (!Array.isArray(v)) {
    problems.push(`${where}: expected an array of positions`);
    return undefined;
  }
  const before = problems.length;
  const out = v.map((p, i) => checkPosition(p, `${where} position ${i}`, problems));
  if (problems.length > before) return undefined;
  if (out.length < min) {
    problems.push(`${where}: needs at least ${min} positions, has ${out.length}`);
    return undefined;
  }
  return out as Position[];
}

function checkRing(v: unknown, where: string, problems: string[]): Position[] | undefined {
  const ring = checkLine(v, where, 4, problems);
  if (!ring) return undefined;
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    problems.push(`${where}: ring is not closed (its first and last positions differ)`);
    return undefined;
  }
  return ring;
}

function checkPolygon(v: unknown, where: string, problems: string[]): Position[][] | undefined {
  if (!Array.isArray(v) || v.length === 0) {
    problems.push(`${where}: a polygon needs at least one ring`);
    return undefined;
  }
  const before = problems.length;
  const rings = v.map((r, i) => checkRing(r, `${where} ring ${i}`, problems));
  return problems.length > before ? undefined : (rings as Position[][]);
}

/** Hole vertices tested against the outer ring, per hole and per polygon: enough to tell a hole outside from one inside. */
const HOLE_PROBES = 8;
const POLYGON_PROBES = 1_000;

/**
 * The holes (by ring number) whose first vertices all lie outside the outer ring. A vertex on an
 * outer vertex tells nothing (holes may touch their ring); a hole that crosses its ring is a
 * crossing, reported as such. The outer ring's edges go in a grid, so that hundreds of holes cost
 * little more than one; the ray test holds in degrees as in metres, the projection being linear.
 */
function holesOutside(rings: readonly Position[][]): number[] {
  const [outer = [], ...holes] = rings;
  if (holes.length === 0) return [];
  const edges = outer.length - 1;
  const coords = new Float64Array(edges * 4);
  for (let i = 0; i < edges; i++) {
    const [ax, ay] = outer[i] as [number, number];
    const [bx, by] = outer[i + 1] as [number, number];
    coords.set([ax, ay, bx, by], i * 4);
  }
  const grid = new EdgeGrid(coords, new Int32Array(edges), Int32Array.of(0), 0);
  const inside = (x: number, y: number) => {
    if (!grid.covers(x, y)) return false;
    const held = grid.holdersOf(grid.cellOf(x, y));
    return held ? held.polygons.length > 0 : grid.oddPolygonsRightOf(x, y).has(0);
  };
  const corners = new Set(outer.map((p) => `${p[0]},${p[1]}`));
  // Each probe may cross every edge of an outer ring drawn over itself: a polygon of many holes gets fewer per hole.
  const probes = Math.max(1, Math.min(HOLE_PROBES, Math.floor(POLYGON_PROBES / holes.length)));
  const outside = (hole: readonly Position[]) => {
    let probed = 0;
    for (const p of hole) {
      if (corners.has(`${p[0]},${p[1]}`)) continue;
      if (inside(p[0] as number, p[1] as number)) return false;
      if (++probed >= probes) break;
    }
    return probed > 0;
  };
  return holes.flatMap((hole, i) => (outside(hole) ? [i + 1] : []));
}

function checkList<T>(
  v: unknown,
  where: string,
  problems: string[],
  each: (item: unknown, where: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(v) || v.length === 0) {
    problems.push(`${where}: expected a non-empty array`);
    return undefined;
  }
  const before = problems.length;
  const out = v.map((item, i) => each(item, `${where} part ${i}`));
  return problems.length > before ? undefined : (out as T[]);
}

/** Reports each hole that lies outside its polygon's outer ring. */
function checkHoles(g: SupportedGeometry, where: string, problems: string[]): void {
  const polygons =
    g.type === 'Polygon'
      ? [{ rings: g.coordinates, at: where }]
      : g.type === 'MultiPolygon'
        ? g.coordinates.map((rings, i) => ({ rings, at: `${where} part ${i}` }))
        : [];
  for (const { rings, at } of polygons) {
    for (const i of holesOutside(rings)) {
      problems.push(
        `${at} ring ${i}: this hole lies outside the outer ring (ring 0); a hole must lie inside it`,
      );
    }
  }
}

/**
 * Validates a GeoJSON geometry, returning a 2-D copy. Reports every problem found. With `limits`,
 * a geometry too large for them is reported before its holes are checked, which costs the most.
 */
export function checkGeometry(
  v: unknown,
  where: string,
  problems: string[],
  limits?: GeometryLimits,
): SupportedGeometry | undefined {
  const before = problems.length;
  const g = checkStructure(v, where, problems);
  if (!g || problems.length > before) return undefined;
  if (limits) {
    for (const problem of sizeProblems(g, limits)) problems.push(`${where}: ${problem}`);
    if (problems.length > before) return undefined;
  }
  checkHoles(g, where, problems);
  return problems.length > before ? undefined : g;
}

function checkStructure(v: unknown, where: string, problems: string[]): SupportedGeometry | undefined {
  if (!isRecord(v)) {
    problems.push(`${where}: geometry must be a GeoJSON object`);
    return undefined;
  }
  const type = v['type'];
  const c = v['coordinates'];
  switch (type) {
    case 'Point': {
      const p = checkPosition(c, where, problems);
      return p && { type, coordinates: p };
    }
    case 'MultiPoint': {
      const ps = checkList(c, where, problems, (p, w) => checkPosition(p, w, problems));
      return ps && { type, coordinates: ps };
    }
    case 'LineString': {
      const l = checkLine(c, where, 2, problems);
      return l && { type, coordinates: l };
    }
    case 'MultiLineString': {
      const ls = checkList(c, where, problems, (l, w) => checkLine(l, w, 2, problems));
      return ls && { type, coordinates: ls };
    }
    case 'Polygon': {
      const p = checkPolygon(c, where, problems);
      return p && { type, coordinates: p };
    }
    case 'MultiPolygon': {
      const ps = checkList(c, where, problems, (p, w) => checkPolygon(p, w, problems));
      return ps && { type, coordinates: ps };
    }
    default:
      problems.push(
        `${where}: unsupported geometry type ${JSON.stringify(type)}; use one of ${SUPPORTED_TYPES.join(', ')}`,
      );
      return undefined;
  }
}

/** Reads a GeoJSON geometry or Feature, throwing one error that lists every problem. */
export function readGeometry(input: unknown, label = 'geometry', limits?: GeometryLimits): ReadGeometry {
  if (!isRecord(input)) throw new GeoInputError(`${label} must be a GeoJSON geometry or Feature object`);
  const problems: string[] = [];
  let declaredCrs = crsFromMember(input);
  let raw: unknown = input;
  if (input['type'] === 'Feature') {
    raw = input['geometry'];
    if (raw === null || raw === undefined) throw new GeoInputError(`${label}: the Feature has no geometry`);
    declaredCrs ??= crsFromMember(raw);
  }
  const geometry = checkGeometry(raw, label, problems, limits);
  if (!geometry || problems.length)
    throw GeoInputError.fromProblems(`${label} is not valid GeoJSON`, problems);
  return declaredCrs ? { geometry, declaredCrs } : { geometry };
}

/** Every position of a geometry, flattened. */
export function positionsOf(g: SupportedGeometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

export function extentOf(positions: readonly Position[]): Extent {
  const e: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of positions) {
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < e.minX) e.minX = x;
    if (x > e.maxX) e.maxX = x;
    if (y < e.minY) e.minY = y;
    if (y > e.maxY) e.maxY = y;
  }
  return e;
}

/** A copy of the geometry with every position passed through `fn`. */
export function mapPositions<G extends SupportedGeometry>(g: G, fn: (p: Position) => Position): G {
  const line = (l: Position[]) => l.map(fn);
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: fn(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: line(g.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map(line) };
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map(line)) };
    default:
      return g;
  }
}

export type { Geometry };
