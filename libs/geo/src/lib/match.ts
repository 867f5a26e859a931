import type { Position } from 'geojson';
import { locatePoint, type BoundaryIndex } from './boundary-index';
import { bngToLonLat, looksLikeBng, looksLikeWgs84, type Crs } from './crs.util';
import type { DivisionSet } from './division-set';
import { GeoInputError } from './geo-error';
import { lengthProblems, type GeometryLimits } from './geometry-limits';
import {
  extentOf,
  mapPositions,
  positionsOf,
  readGeometry,
  type ReadGeometry,
  type SupportedGeometry,
} from './geometry.util';
import {
  BOUNDARY_TOLERANCE_M,
  projectX,
  projectY,
  segmentSegmentDistanceSq,
  segmentsCrossProperly,
  segmentsMeet,
  type Segment,
} from './planar.util';
import { selfCrossingWarnings } from './self-crossing';

export type MatchRelation = 'inside' | 'intersects' | 'nearby';

export interface DivisionMatch {
  readonly name: string;
  /** inside: wholly within the division; intersects: touches or crosses it; nearby: within `withinMetres`. */
  readonly relation: MatchRelation;
  readonly distanceMetres: number;
}

export interface MatchResult {
  readonly divisions: readonly DivisionMatch[];
  /** True when the geometry touches no division at all. */
  readonly outsideCouncilArea: boolean;
  readonly message?: string;
  /** Flaws of the geometry that still allow matching, in words (a polygon that crosses itself). */
  readonly warnings?: readonly string[];
}

export interface MatchOptions {
  /** The CRS of the input when it does not declare one. WGS84 when absent. */
  crs?: Crs;
  /** Also report divisions within this distance that the geometry does not touch. */
  withinMetres?: number;
  /** Refuse, with GeoInputError, a geometry larger than these. */
  limits?: GeometryLimits;
}

export const MAX_WITHIN_METRES = 50_000;

function toWgs84(geometry: SupportedGeometry, crs: Crs | undefined): SupportedGeometry {
  const extent = extentOf(positionsOf(geometry));
  if (crs === 'EPSG:27700') {
    if (!looksLikeBng(extent)) {
      throw new GeoInputError(
        'the coordinates are not British National Grid eastings/northings (expected metres, e.g. [458000, 304000])',
      );
    }
    return mapPositions(geometry, (p) => bngToLonLat(p[0] as number, p[1] as number));
  }
  if (!looksLikeWgs84(extent)) {
    const hint = looksLikeBng(extent)
      ? ': they look like British National Grid eastings/northings, so give the CRS as EPSG:27700'
      : '';
    throw new GeoInputError(`the coordinates are out of range for WGS84 [longitude, latitude]${hint}`);
  }
  return geometry;
}

interface PlanarGeometry {
  /** Every vertex. */
  readonly points: readonly [number, number][];
  /** Line and ring segments (empty for points). */
  readonly segments: readonly Segment[];
  /** Polygons as rings, for containment tests. */
  readonly polygons: readonly (readonly { xs: Float64Array; ys: Float64Array }[])[];
}

function toPlanar(index: BoundaryIndex, g: SupportedGeometry): PlanarGeometry {
  const proj = index.projection;
  const xy = (p: Position): [number, number] => [
    projectX(proj, p[0] as number),
    projectY(proj, p[1] as number),
  ];
  const segmentsOf = (line: readonly Position[]): Segment[] => {
    const out: Segment[] = [];
    for (let i = 0; i + 1 < line.length; i++) {
      const [ax, ay] = xy(line[i] as Position);
      const [bx, by] = xy(line[i + 1] as Position);
      out.push({ ax, ay, bx, by });
    }
    return out;
  };
  const ring = (r: readonly Position[]) => {
    const pts = r.map(xy);
    return { xs: Float64Array.from(pts, (p) => p[0]), ys: Float64Array.from(pts, (p) => p[1]) };
  };
  const points = positionsOf(g).map(xy);
  switch (g.type) {
    case 'Point':
    case 'MultiPoint':
      return { points, segments: [], polygons: [] };
    case 'LineString':
      return { points, segments: segmentsOf(g.coordinates), polygons: [] };
    case 'MultiLineString':
      return { points, segments: g.coordinates.flatMap(segmentsOf), polygons: [] };
    case 'Polygon':
      return { points, segments: g.coordinates.flatMap(segmentsOf), polygons: [g.coordinates.map(ring)] };
    case 'MultiPolygon':
      return {
        points,
        segments: g.coordinates.flat().flatMap(segmentsOf),
        polygons: g.coordinates.map((p) => p.map(ring)),
      };
  }
}

function boxOf(g: PlanarGeometry, pad: number): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of g.points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX - pad, minY - pad, maxX + pad, maxY + pad];
}

/**
 * Divisions whose boundary a segment crosses properly, and those it meets at all. Only the boundary
 * in the grid cells along each segment is tested, so a long segment costs its length, not its box.
 */
function boundaryContacts(index: BoundaryIndex, g: PlanarGeometry, tol: number, divisionCount: number) {
  const crosses = new Set<number>();
  const meets = new Set<number>();
  const c = index.coords;
  const grid = index.grid;
  const crossed = (d: number) => crosses.has(d);
  for (const s of g.segments) {
    // Once every division is crossed, no edge can tell more.
    if (crosses.size === divisionCount) break;
    const dx = s.bx - s.ax;
    const dy = s.by - s.ay;
    const len = Math.hypot(dx, dy);
    const test = (t: number) => {
      const d = index.segmentDivision[t] as number;
      if (crosses.has(d)) return;
      const o = t * 4;
      // Most edges in the cells lie wholly to one side of the segment's line, further than `tol`:
      // they neither cross nor meet it. The same offsets signedOffset gives, without its hypot.
      if (len > 0) {
        const o1 = (dx * ((c[o + 1] as number) - s.ay) - dy * ((c[o] as number) - s.ax)) / len;
        const o2 = (dx * ((c[o + 3] as number) - s.ay) - dy * ((c[o + 2] as number) - s.ax)) / len;
        if ((o1 > tol && o2 > tol) || (o1 < -tol && o2 < -tol)) return;
      }
      const b = index.segment(t);
      if (segmentsCrossProperly(s, b, tol)) {
        crosses.add(d);
        meets.add(d);
      } else if (!meets.has(d) && segmentsMeet(s, b, tol)) meets.add(d);
    };
    grid.cellsAlong(s.ax, s.ay, s.bx, s.by, (k) => {
      // A division already crossed has nothing more to learn from its edges.
      if (!grid.everyDivisionIn(k, crossed)) grid.segmentsIn(k, test);
    });
  }
  return { crosses, meets };
}

/** Distance in metres from the geometry to each listed division's boundary, where within `limit`. */
function distancesTo(index: BoundaryIndex, g: PlanarGeometry, wanted: Set<number>, limit: number) {
  const best = new Map<number, number>();
  const parts: Segment[] = g.segments.length
    ? [...g.segments]
    : g.points.map(([x, y]) => ({ ax: x, ay: y, bx: x, by: y }));
  for (const s of parts) {
    const hits = index.segmentIndex.search(
      Math.min(s.ax, s.bx) - limit,
      Math.min(s.ay, s.by) - limit,
      Math.max(s.ax, s.bx) + limit,
      Math.max(s.ay, s.by) + limit,
    );
    for (const t of hits) {
      const d = index.segmentDivision[t] as number;
      if (!wanted.has(d)) continue;
      const dist = Math.sqrt(segmentSegmentDistanceSq(s, index.segment(t)));
      if (dist <= limit && dist < (best.get(d) ?? Infinity)) best.set(d, dist);
    }
  }
  return best;
}

function firstVertexInside(
  g: PlanarGeometry,
  division: readonly (readonly { xs: Float64Array; ys: Float64Array }[])[],
) {
  return division.some((rings) =>
    rings.some(({ xs, ys }) =>
      g.polygons.some((poly) => locatePoint([poly], xs[0] as number, ys[0] as number, 0).where === 1),
    ),
  );
}

/**
 * Matches any GeoJSON geometry or Feature against the divisions. Only divisions whose bounding box
 * the geometry reaches are tested, through the spatial index.
 */
export function matchGeometry(set: DivisionSet, input: unknown, options: MatchOptions = {}): MatchResult {
  checkWithin(options);
  return matchReadGeometry(set, readGeometry(input, 'geometry', options.limits), options);
}

function checkWithin(options: MatchOptions): number {
  const within = options.withinMetres ?? 0;
  if (!Number.isFinite(within) || within < 0 || within > MAX_WITHIN_METRES) {
    throw new GeoInputError(`withinMetres must be a number from 0 to ${MAX_WITHIN_METRES}`);
  }
  return within;
}

/**
 * Matches a geometry readGeometry has already checked (with the same limits), so that a caller who
 * keeps the checked copy does not read the input twice.
 */
export function matchReadGeometry(
  set: DivisionSet,
  read: ReadGeometry,
  options: MatchOptions = {},
): MatchResult {
  const within = checkWithin(options);
  const wgs84 = toWgs84(read.geometry, read.declaredCrs ?? options.crs);
  const tooLong = options.limits ? lengthProblems(wgs84, options.limits) : [];
  if (tooLong.length) throw GeoInputError.fromProblems('the geometry is too long', tooLong);
  const warnings = selfCrossingWarnings(wgs84);
  const index = set.index;
  const g = toPlanar(index, wgs84);
  const tol = BOUNDARY_TOLERANCE_M;

  const touched = new Map<number, MatchRelation>();
  const [minX, minY, maxX, maxY] = boxOf(g, tol);
  const candidates = index.divisionIndex.search(minX, minY, maxX, maxY);
  const contacts = g.segments.length ? boundaryContacts(index, g, tol, set.size) : undefined;
  // A division whose boundary the geometry crosses is intersected, wherever its vertices lie.
  const open = contacts ? candidates.filter((d) => !contacts.crosses.has(d)) : candidates;
  const anyIn = new Array<boolean>(open.length).fill(false);
  const anyStrict = new Array<boolean>(open.length).fill(false);
  const allIn = new Array<boolean>(open.length).fill(true);
  if (open.length) {
    for (const [x, y] of g.points) {
      index.locate(x, y, tol, open).forEach((where, k) => {
        if (where >= 0) anyIn[k] = true;
        if (where === 1) anyStrict[k] = true;
        else if (where === -1) allIn[k] = false;
      });
    }
  }
  for (const d of candidates) if (contacts?.crosses.has(d)) touched.set(d, 'intersects');
  for (const [k, d] of open.entries()) {
    const polys = index.planar[d] ?? [];
    const meets = contacts?.meets.has(d) ?? false;
    const containsDivision = g.polygons.length > 0 && firstVertexInside(g, polys);
    if (!(anyIn[k] || meets || containsDivision)) continue;
    const inside = allIn[k] && anyStrict[k] && !containsDivision;
    touched.set(d, inside ? 'inside' : 'intersects');
  }

  const name = (d: number) => set.divisions[d]?.name as string;
  const divisions: DivisionMatch[] = [...touched]
    .map(([d, relation]) => ({ name: name(d), relation, distanceMetres: 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));

  if (within > 0) {
    const [nx0, ny0, nx1, ny1] = boxOf(g, within);
    const near = new Set(index.divisionIndex.search(nx0, ny0, nx1, ny1).filter((d) => !touched.has(d)));
    const found = near.size ? distancesTo(index, g, near, within) : new Map<number, number>();
    const nearby = [...found]
      .map(([d, dist]) => ({
        name: name(d),
        relation: 'nearby' as const,
        distanceMetres: Math.round(dist * 10) / 10,
      }))
      .sort((a, b) => a.distanceMetres - b.distanceMetres || a.name.localeCompare(b.name));
    divisions.push(...nearby);
  }

  const outsideCouncilArea = touched.size === 0;
  const flaws = warnings.length ? { warnings } : {};
  return outsideCouncilArea
    ? {
        divisions,
        outsideCouncilArea,
        message: divisions.length
          ? `outside the council area; ${divisions.length} division(s) within ${within} m`
          : 'outside the council area: the geometry touches no division',
        ...flaws,
      }
    : { divisions, outsideCouncilArea, ...flaws };
}
