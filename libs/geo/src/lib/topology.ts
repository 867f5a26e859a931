import { locatePoint, type BoundaryIndex } from './boundary-index';
import {
  BOUNDARY_TOLERANCE_M,
  collinearOverlap,
  distanceToSegmentSq,
  segmentsCrossProperly,
  segmentsMeet,
  type Segment,
} from './planar.util';

/**
 * Two divisions are neighbours when their boundaries run together for longer than this (metres).
 * Boundaries that meet at a point can still run within a centimetre of each other for a few
 * centimetres (Nottinghamshire's Newark West and Collingham do, for 3 cm); that is a meeting point.
 */
export const MIN_SHARED_EDGE_M = 1;
/** How far from another division's boundary a vertex is checked for lying inside that division. */
const OVERLAP_PROBE_M = 25;

export type TopologyWarningCode = 'self-intersection' | 'overlap' | 'point-touch';

export interface TopologyWarning {
  readonly code: TopologyWarningCode;
  readonly divisions: readonly string[];
  readonly message: string;
}

export interface Topology {
  /** Division index → indexes of the divisions it shares an edge with. */
  readonly neighbours: readonly (readonly number[])[];
  /** Shared boundary length in metres, keyed "i|j" with i < j. */
  readonly sharedLength: ReadonlyMap<string, number>;
  readonly warnings: readonly TopologyWarning[];
}

/**
 * Division pairs where a vertex of one lies strictly inside the other: overlaps whose boundaries
 * part and rejoin at shared vertices without ever crossing. Only vertices close to another
 * division's boundary, and not on it, are tested, so clean data costs one index query per vertex.
 */
function verticesInsideOthers(index: BoundaryIndex, tol: number): string[] {
  const found: string[] = [];
  const c = index.coords;
  const tolSq = tol * tol;
  for (let s = 0; s < index.segmentCount; s++) {
    const x = c[s * 4] as number;
    const y = c[s * 4 + 1] as number;
    const ds = index.segmentDivision[s] as number;
    const nearest = new Map<number, number>();
    for (const t of index.segmentIndex.search(
      x - OVERLAP_PROBE_M,
      y - OVERLAP_PROBE_M,
      x + OVERLAP_PROBE_M,
      y + OVERLAP_PROBE_M,
    )) {
      const dt = index.segmentDivision[t] as number;
      if (dt === ds) continue;
      const dSq = distanceToSegmentSq(c, t, x, y);
      nearest.set(dt, Math.min(nearest.get(dt) ?? Infinity, dSq));
    }
    for (const [dt, dSq] of nearest) {
      if (dSq <= tolSq) continue;
      const polys = index.planar[dt];
      if (polys && locatePoint(polys, x, y, tol).where === 1) found.push(pairKey(ds, dt));
    }
  }
  return found;
}

function sharesVertex(s: Segment, t: Segment): boolean {
  return (
    (s.ax === t.ax && s.ay === t.ay) ||
    (s.ax === t.bx && s.ay === t.by) ||
    (s.bx === t.ax && s.by === t.ay) ||
    (s.bx === t.bx && s.by === t.by)
  );
}

function interiorsOnSameSide(index: BoundaryIndex, s: number, t: number): boolean {
  const c = index.coords;
  const dot =
    ((c[s * 4 + 2] as number) - (c[s * 4] as number)) * ((c[t * 4 + 2] as number) - (c[t * 4] as number)) +
    ((c[s * 4 + 3] as number) - (c[s * 4 + 1] as number)) *
      ((c[t * 4 + 3] as number) - (c[t * 4 + 1] as number));
  const sideS = index.ringInteriorSide[index.segmentRing[s] as number] as number;
  const sideT = index.ringInteriorSide[index.segmentRing[t] as number] as number;
  return dot * sideS * sideT > 0;
}

/**
 * For two segments of one division: true when they make its boundary cross itself. A ring may not
 * cross or touch itself; separate rings (holes) may touch but not cross.
 */
export function crossesItself(index: BoundaryIndex, s: number, t: number, tol: number): boolean {
  const seg = index.segment(s);
  const other = index.segment(t);
  return index.segmentRing[s] === index.segmentRing[t]
    ? !index.consecutive(s, t) && (segmentsCrossProperly(seg, other, 0) || sharesVertex(seg, other))
    : segmentsCrossProperly(seg, other, tol);
}

const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Works out, in one pass over the boundary segment index, which divisions share an edge, which only
 * touch at a point, which overlap and which boundaries cross themselves. Runs once, at load.
 */
export function computeTopology(index: BoundaryIndex, names: readonly string[]): Topology {
  const tol = BOUNDARY_TOLERANCE_M;
  const shared = new Map<string, number>();
  const crossings = new Map<string, number>();
  const touches = new Set<string>();
  const sameSide = new Map<string, number>();
  const selfCrossings = new Map<number, number>();
  const c = index.coords;

  for (let s = 0; s < index.segmentCount; s++) {
    const o = s * 4;
    const minX = Math.min(c[o] as number, c[o + 2] as number) - tol;
    const minY = Math.min(c[o + 1] as number, c[o + 3] as number) - tol;
    const maxX = Math.max(c[o] as number, c[o + 2] as number) + tol;
    const maxY = Math.max(c[o + 1] as number, c[o + 3] as number) + tol;
    const seg = index.segment(s);
    const ds = index.segmentDivision[s] as number;
    for (const t of index.segmentIndex.search(minX, minY, maxX, maxY)) {
      if (t <= s) continue;
      const dt = index.segmentDivision[t] as number;
      const other = index.segment(t);
      if (ds === dt) {
        if (crossesItself(index, s, t, tol)) selfCrossings.set(ds, (selfCrossings.get(ds) ?? 0) + 1);
        continue;
      }
      const key = pairKey(ds, dt);
      const overlap = collinearOverlap(seg, other, tol);
      if (overlap > 0 && interiorsOnSameSide(index, s, t)) {
        // Both interiors lie on the same side of a common edge: the divisions overlap there.
        sameSide.set(key, (sameSide.get(key) ?? 0) + overlap);
      } else if (overlap > 0) {
        shared.set(key, (shared.get(key) ?? 0) + overlap);
      } else if (segmentsCrossProperly(seg, other, tol)) {
        crossings.set(key, (crossings.get(key) ?? 0) + 1);
      } else if (segmentsMeet(seg, other, tol)) {
        touches.add(key);
      }
    }
  }

  for (const key of verticesInsideOthers(index, tol)) crossings.set(key, (crossings.get(key) ?? 0) + 1);
  // Sub-centimetre spikes in real boundaries double back along a neighbour's edge for a few
  // millimetres; only a common edge of real length counts as an overlap.
  for (const [key, length] of sameSide) {
    if (length > MIN_SHARED_EDGE_M) crossings.set(key, (crossings.get(key) ?? 0) + 1);
  }

  const neighbours: number[][] = names.map(() => []);
  const sharedLength = new Map<string, number>();
  for (const [key, length] of shared) {
    if (length <= MIN_SHARED_EDGE_M) continue;
    const [a, b] = key.split('|').map(Number) as [number, number];
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
    sharedLength.set(key, length);
  }
  for (const list of neighbours) list.sort((a, b) => (names[a] as string).localeCompare(names[b] as string));

  const warnings: TopologyWarning[] = [];
  const label = (key: string) => key.split('|').map((i) => names[Number(i)] as string);
  for (const [d, count] of selfCrossings) {
    const name = names[d] as string;
    warnings.push({
      code: 'self-intersection',
      divisions: [name],
      message: `"${name}": its boundary crosses itself (${count} crossing${count === 1 ? '' : 's'}); the polygon is invalid but still usable`,
    });
  }
  for (const [key, count] of crossings) {
    const [a, b] = label(key);
    warnings.push({
      code: 'overlap',
      divisions: [a as string, b as string],
      message: `"${a}" and "${b}" overlap (found at ${count} place${count === 1 ? '' : 's'} along their boundaries); a place in the overlap matches both`,
    });
  }
  for (const key of touches) {
    if (sharedLength.has(key) || crossings.has(key)) continue;
    const [a, b] = label(key);
    warnings.push({
      code: 'point-touch',
      divisions: [a as string, b as string],
      message: `"${a}" and "${b}" meet only at a point, so they are not neighbours`,
    });
  }
  warnings.sort((x, y) => x.code.localeCompare(y.code) || x.message.localeCompare(y.message));
  return { neighbours, sharedLength, warnings };
}
