// Planar geometry in metres on a local equirectangular projection. Over one council's area (< 150 km)
// the scale error is well under 1%, far inside the ±2 m accuracy of the boundary data.

/** Boundaries closer than this (metres) are taken to coincide. The source data is accurate to about ±2 m. */
export const BOUNDARY_TOLERANCE_M = 0.01;

export type LonLat = readonly [number, number];

const EARTH_RADIUS_M = 6_371_008.8;
export const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

export interface LocalProjection {
  readonly lon0: number;
  readonly lat0: number;
  readonly kx: number;
  readonly ky: number;
}

export function localProjection(lon0: number, lat0: number): LocalProjection {
  return { lon0, lat0, kx: METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180), ky: METRES_PER_DEGREE };
}

export function projectX(p: LocalProjection, lon: number): number {
  return (lon - p.lon0) * p.kx;
}

export function projectY(p: LocalProjection, lat: number): number {
  return (lat - p.lat0) * p.ky;
}

/** Degrees of longitude and latitude that span `metres` at latitude `lat`. */
export function metresToDegrees(metres: number, lat: number): { dLon: number; dLat: number } {
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = metres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return { dLon, dLat };
}

/** Squared distance from point (px, py) to segment (ax, ay)-(bx, by). */
export function pointSegmentDistanceSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lenSq = dx * dx + dy * dy;
  let t = lenSq === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lenSq;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** The box round every segment of `coords` (ax, ay, bx, by per segment): minX, minY, maxX, maxY; zeros when there are none. */
export function segmentsExtent(coords: Float64Array): [number, number, number, number] {
  if (coords.length === 0) return [0, 0, 0, 0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let o = 0; o < coords.length; o += 2) {
    const x = coords[o] as number;
    const y = coords[o + 1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Where segment t of `coords` crosses the horizontal line at y, with the half-open test of
 * `locatePoint` (an end exactly on the line counts on the side above it); NaN when it does not.
 */
export function rowCrossing(coords: Float64Array, t: number, y: number): number {
  const o = t * 4;
  const ax = coords[o] as number;
  const ay = coords[o + 1] as number;
  const bx = coords[o + 2] as number;
  const by = coords[o + 3] as number;
  if (by > y === ay > y) return Number.NaN;
  return ((ax - bx) * (y - by)) / (ay - by) + bx;
}

/** Squared distance from point (px, py) to segment t of `coords`, which holds ax, ay, bx, by per segment. */
export function distanceToSegmentSq(coords: Float64Array, t: number, px: number, py: number): number {
  const o = t * 4;
  return pointSegmentDistanceSq(
    px,
    py,
    coords[o] as number,
    coords[o + 1] as number,
    coords[o + 2] as number,
    coords[o + 3] as number,
  );
}

/** Signed perpendicular distance of (px, py) from the line through a→b (left is positive). */
export function signedOffset(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(px - ax, py - ay);
  return (dx * (py - ay) - dy * (px - ax)) / len;
}

export interface Segment {
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
}

/** True when the two segments cross at a point interior to both, by more than `tol` metres on each side. */
export function segmentsCrossProperly(s: Segment, t: Segment, tol: number): boolean {
  const o1 = signedOffset(t.ax, t.ay, s.ax, s.ay, s.bx, s.by);
  const o2 = signedOffset(t.bx, t.by, s.ax, s.ay, s.bx, s.by);
  if (!(Math.abs(o1) > tol && Math.abs(o2) > tol && Math.sign(o1) !== Math.sign(o2))) return false;
  const o3 = signedOffset(s.ax, s.ay, t.ax, t.ay, t.bx, t.by);
  const o4 = signedOffset(s.bx, s.by, t.ax, t.ay, t.bx, t.by);
  return Math.abs(o3) > tol && Math.abs(o4) > tol && Math.sign(o3) !== Math.sign(o4);
}

/** True when the segments share at least one point (crossing, touching or overlapping), within `tol`. */
export function segmentsMeet(s: Segment, t: Segment, tol: number): boolean {
  if (segmentsCrossProperly(s, t, 0)) return true;
  const tolSq = tol * tol;
  return (
    pointSegmentDistanceSq(t.ax, t.ay, s.ax, s.ay, s.bx, s.by) <= tolSq ||
    pointSegmentDistanceSq(t.bx, t.by, s.ax, s.ay, s.bx, s.by) <= tolSq ||
    pointSegmentDistanceSq(s.ax, s.ay, t.ax, t.ay, t.bx, t.by) <= tolSq ||
    pointSegmentDistanceSq(s.bx, s.by, t.ax, t.ay, t.bx, t.by) <= tolSq
  );
}

/** Squared distance between two segments (0 when they meet). */
export function segmentSegmentDistanceSq(s: Segment, t: Segment): number {
  if (segmentsCrossProperly(s, t, 0)) return 0;
  return Math.min(
    pointSegmentDistanceSq(t.ax, t.ay, s.ax, s.ay, s.bx, s.by),
    pointSegmentDistanceSq(t.bx, t.by, s.ax, s.ay, s.bx, s.by),
    pointSegmentDistanceSq(s.ax, s.ay, t.ax, t.ay, t.bx, t.by),
    pointSegmentDistanceSq(s.bx, s.by, t.ax, t.ay, t.bx, t.by),
  );
}

/**
 * Length in metres along which two segments run together: both ends of `t` lie within `tol`
 * of the line through `s`, and their projections onto `s` overlap.
 */
export function collinearOverlap(s: Segment, t: Segment, tol: number): number {
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const len = Math.hypot(dx, dy);
  if (len === 0) return 0;
  if (Math.abs(signedOffset(t.ax, t.ay, s.ax, s.ay, s.bx, s.by)) > tol) return 0;
  if (Math.abs(signedOffset(t.bx, t.by, s.ax, s.ay, s.bx, s.by)) > tol) return 0;
  const ta = ((t.ax - s.ax) * dx + (t.ay - s.ay) * dy) / len;
  const tb = ((t.bx - s.ax) * dx + (t.by - s.ay) * dy) / len;
  return Math.min(len, Math.max(ta, tb)) - Math.max(0, Math.min(ta, tb));
}
