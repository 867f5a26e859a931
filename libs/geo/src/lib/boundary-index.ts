import Flatbush from 'flatbush';
import type { MultiPolygon } from 'geojson';
import { EdgeGrid } from './edge-grid';
import {
  BOUNDARY_TOLERANCE_M,
  localProjection,
  distanceToSegmentSq,
  projectX,
  projectY,
  type LocalProjection,
  type Segment,
} from './planar.util';

/** Below this many edges in all, a point is classified by walking the candidates' rings. */
const SCAN_AT_MOST_EDGES = 400;

/** One ring in local planar metres, closed (the last position repeats the first). */
export interface PlanarRing {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** A division's polygons in planar metres: each polygon is [outer ring, ...holes]. */
export type PlanarPolygons = readonly (readonly PlanarRing[])[];

/**
 * Every boundary segment of every division in one packed spatial index, in planar metres.
 * Matching, distance and adjacency all query it, so no operation loops over all divisions.
 */
export class BoundaryIndex {
  readonly projection: LocalProjection;
  readonly planar: readonly PlanarPolygons[];
  /** Division bounding boxes in planar metres. */
  readonly divisionIndex: Flatbush;
  readonly segmentIndex: Flatbush;
  private edgeGrid?: EdgeGrid;
  /** Per segment: ax, ay, bx, by. */
  readonly coords: Float64Array;
  readonly segmentDivision: Int32Array;
  /** Per segment: the ring it belongs to (numbered across the whole set). */
  readonly segmentRing: Int32Array;
  /** Per segment: its position in its ring, and that ring's segment count. */
  readonly segmentPosition: Int32Array;
  readonly ringLength: Int32Array;
  /** Per ring: 1 when the division's interior lies to the left of the ring's direction, else -1. */
  readonly ringInteriorSide: Int8Array;
  /** Per ring: its polygon (numbered across the whole set); per polygon: its division. */
  readonly ringPolygon: Int32Array;
  readonly polygonDivision: Int32Array;
  /** Per division: how many boundary segments it has. */
  readonly divisionSegments: Int32Array;

  constructor(geometries: readonly MultiPolygon[]) {
    // Repeated consecutive positions add nothing but zero-length segments; drop them first.
    const cleaned = geometries.map((g) =>
      g.coordinates.map((poly) =>
        poly.map((ring) =>
          ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]),
        ),
      ),
    );
    let minLat = Infinity;
    let maxLat = -Infinity;
    let minLon = Infinity;
    let maxLon = -Infinity;
    let segmentCount = 0;
    let ringCount = 0;
    const polygonCount = cleaned.reduce((n, polygons) => n + polygons.length, 0);
    for (const ring of cleaned.flat(2)) {
      ringCount++;
      segmentCount += ring.length - 1;
      for (const p of ring) {
        const lon = p[0] as number;
        const lat = p[1] as number;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
      }
    }
    this.projection = localProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2);
    const proj = this.projection;

    this.coords = new Float64Array(segmentCount * 4);
    this.segmentDivision = new Int32Array(segmentCount);
    this.segmentRing = new Int32Array(segmentCount);
    this.segmentPosition = new Int32Array(segmentCount);
    this.ringLength = new Int32Array(ringCount);
    this.ringInteriorSide = new Int8Array(ringCount);
    this.ringPolygon = new Int32Array(ringCount);
    this.polygonDivision = new Int32Array(polygonCount);
    this.divisionSegments = new Int32Array(geometries.length);
    this.segmentIndex = new Flatbush(Math.max(1, segmentCount));
    this.divisionIndex = new Flatbush(Math.max(1, geometries.length));

    const planar: PlanarPolygons[] = [];
    let s = 0;
    let r = 0;
    let pi = 0;
    cleaned.forEach((polygons, d) => {
      let dMinX = Infinity;
      let dMinY = Infinity;
      let dMaxX = -Infinity;
      let dMaxY = -Infinity;
      const polys: PlanarRing[][] = [];
      for (const poly of polygons) {
        const rings: PlanarRing[] = [];
        this.polygonDivision[pi] = d;
        poly.forEach((ring, ringInPolygon) => {
          const n = ring.length;
          const xs = new Float64Array(n);
          const ys = new Float64Array(n);
          for (let i = 0; i < n; i++) {
            const p = ring[i] as number[];
            const x = projectX(proj, p[0] as number);
            const y = projectY(proj, p[1] as number);
            xs[i] = x;
            ys[i] = y;
            if (x < dMinX) dMinX = x;
            if (x > dMaxX) dMaxX = x;
            if (y < dMinY) dMinY = y;
            if (y > dMaxY) dMaxY = y;
          }
          for (let i = 0; i < n - 1; i++) {
            const ax = xs[i] as number;
            const ay = ys[i] as number;
            const bx = xs[i + 1] as number;
            const by = ys[i + 1] as number;
            this.coords.set([ax, ay, bx, by], s * 4);
            this.segmentDivision[s] = d;
            this.segmentRing[s] = r;
            this.segmentPosition[s] = i;
            this.segmentIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
            this.divisionSegments[d] = (this.divisionSegments[d] as number) + 1;
            s++;
          }
          this.ringLength[r] = n - 1;
          // Outer rings enclose the interior, holes exclude it, whichever way each is wound.
          const ccw = signedArea(xs, ys) > 0;
          this.ringInteriorSide[r] = ccw === (ringInPolygon === 0) ? 1 : -1;
          this.ringPolygon[r] = pi;
          r++;
          rings.push({ xs, ys });
        });
        polys.push(rings);
        pi++;
      }
      planar.push(polys);
      this.divisionIndex.add(dMinX, dMinY, dMaxX, dMaxY);
    });
    if (segmentCount === 0) this.segmentIndex.add(0, 0, 0, 0);
    if (geometries.length === 0) this.divisionIndex.add(0, 0, 0, 0);
    this.segmentIndex.finish();
    this.divisionIndex.finish();
    this.planar = planar;
  }

  /**
   * The same segments in a grid, for queries along long segments and for locating points. Built on
   * first use: an index made only to test a polygon for self-crossings never needs it.
   */
  get grid(): EdgeGrid {
    if (!this.edgeGrid) {
      const segmentPolygon = Int32Array.from(this.segmentRing, (ring) => this.ringPolygon[ring] as number);
      this.edgeGrid = new EdgeGrid(this.coords, segmentPolygon, this.polygonDivision, BOUNDARY_TOLERANCE_M);
    }
    return this.edgeGrid;
  }

  get segmentCount(): number {
    return this.segmentDivision.length;
  }

  segment(i: number): Segment {
    const o = i * 4;
    const c = this.coords;
    return { ax: c[o] as number, ay: c[o + 1] as number, bx: c[o + 2] as number, by: c[o + 3] as number };
  }

  /**
   * Classifies a planar point against each of `candidates` (division indexes), with the answers
   * `locatePoint` gives: 1 inside, 0 on the boundary (within `tol`), -1 outside. Large divisions
   * go through the segment index, so that a rural division of thousands of vertices costs two
   * index searches rather than a walk round every one of them. `grid` is as for `locateThroughIndex`.
   */
  locate(x: number, y: number, tol: number, candidates: readonly number[], grid?: EdgeGrid): (1 | 0 | -1)[] {
    // Two index searches cost about as much as walking a few hundred edges: small divisions (wards,
    // parishes, grid cells) are quicker to walk.
    let edges = 0;
    for (const d of candidates) edges += this.divisionSegments[d] as number;
    if (edges <= SCAN_AT_MOST_EDGES) {
      return candidates.map((d) => locatePoint(this.planar[d] ?? [], x, y, tol).where);
    }
    return this.locateThroughIndex(x, y, tol, candidates, grid);
  }

  /**
   * `locate` through the edge grid, whatever the divisions' size. A point in a cell that no boundary
   * comes near takes the cell's answer; elsewhere the boundary within `tol` is looked for in the
   * point's cell, and a ray to the right is cast only as far as the next such cell. A finer `grid`
   * of the same segments makes that ray shorter.
   */
  locateThroughIndex(
    x: number,
    y: number,
    tol: number,
    candidates: readonly number[],
    grid: EdgeGrid = this.grid,
  ): (1 | 0 | -1)[] {
    if (tol > grid.pad) return candidates.map((d) => locatePoint(this.planar[d] ?? [], x, y, tol).where);
    // Outside the grid no boundary is near and no division holds the point.
    if (!grid.covers(x, y)) return candidates.map(() => -1);
    const k = grid.cellOf(x, y);
    const held = grid.holdersOf(k);
    if (held) return candidates.map((d) => (held.divisions.includes(d) ? 1 : -1));
    const c = this.coords;
    const onBoundary = new Set<number>();
    grid.segmentsIn(k, (t) => {
      const d = this.segmentDivision[t] as number;
      if (onBoundary.has(d)) return;
      const dSq = distanceToSegmentSq(c, t, x, y);
      if (Math.sqrt(dSq) <= tol) onBoundary.add(d);
    });
    // A polygon holds the point when a ray from it crosses the polygon's rings an odd number of times.
    const inside = new Set<number>();
    for (const p of grid.oddPolygonsRightOf(x, y)) inside.add(this.polygonDivision[p] as number);
    return candidates.map((d) => (onBoundary.has(d) ? 0 : inside.has(d) ? 1 : -1));
  }

  /** True when segments i and j follow each other along the same ring (they share a vertex by construction). */
  consecutive(i: number, j: number): boolean {
    const ring = this.segmentRing[i] as number;
    if (ring !== this.segmentRing[j]) return false;
    const n = this.ringLength[ring] as number;
    const d = Math.abs((this.segmentPosition[i] as number) - (this.segmentPosition[j] as number));
    return d === 1 || d === n - 1;
  }
}

function signedArea(xs: Float64Array, ys: Float64Array): number {
  let a = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    a += (xs[i] as number) * (ys[i + 1] as number) - (xs[i + 1] as number) * (ys[i] as number);
  }
  return a / 2;
}

/**
 * Classifies a planar point against a division: 1 strictly inside, 0 on the boundary (within `tol`),
 * -1 outside. Also returns the distance to the boundary, in metres.
 */
export function locatePoint(
  polys: PlanarPolygons,
  x: number,
  y: number,
  tol: number,
): { where: 1 | 0 | -1; distance: number } {
  let inside = false;
  let bestSq = Infinity;
  for (const rings of polys) {
    let crossings = 0;
    for (const { xs, ys } of rings) {
      const n = xs.length;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const xi = xs[i] as number;
        const yi = ys[i] as number;
        const xj = xs[j] as number;
        const yj = ys[j] as number;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
        // Squared distance to segment j→i, inlined: this loop is the hot path of matching.
        const dx = xi - xj;
        const dy = yi - yj;
        const lenSq = dx * dx + dy * dy;
        let t = lenSq === 0 ? 0 : ((x - xj) * dx + (y - yj) * dy) / lenSq;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const ex = xj + t * dx - x;
        const ey = yj + t * dy - y;
        const dSq = ex * ex + ey * ey;
        if (dSq < bestSq) bestSq = dSq;
      }
    }
    if (crossings % 2 === 1) inside = true;
  }
  const distance = Math.sqrt(bestSq);
  if (distance <= tol) return { where: 0, distance: 0 };
  return { where: inside ? 1 : -1, distance: inside ? 0 : distance };
}
