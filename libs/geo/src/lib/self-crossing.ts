import type { MultiPolygon } from 'geojson';
import { BoundaryIndex } from './boundary-index';
import type { SupportedGeometry } from './geometry.util';
import { BOUNDARY_TOLERANCE_M } from './planar.util';
import { crossesItself } from './topology';

/**
 * Segment pairs looked at, at most. Clean polygons need a few per segment; only one drawn over
 * itself thousands of times needs more, and it is then said to be checked only in part.
 */
const MAX_PAIRS = 100_000;

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Where a WGS84 polygon's rings cross themselves or each other, in words: the same test that
 * warns of a division whose boundary crosses itself. Matching still works on such a polygon.
 */
export function selfCrossingWarnings(g: SupportedGeometry): string[] {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  // One polygon per "division": crossesItself then looks at the rings of one polygon together.
  const index = new BoundaryIndex(
    polygons.map((p): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [p] })),
  );
  const firstRing = polygons.map((_, i) => polygons.slice(0, i).reduce((n, p) => n + p.length, 0));
  const found = new Map<number, { count: number; s: number; t: number }>();
  const tol = BOUNDARY_TOLERANCE_M;
  const c = index.coords;
  let pairs = 0;
  for (let s = 0; s < index.segmentCount && pairs <= MAX_PAIRS; s++) {
    const o = s * 4;
    const hits = index.segmentIndex.search(
      Math.min(c[o] as number, c[o + 2] as number) - tol,
      Math.min(c[o + 1] as number, c[o + 3] as number) - tol,
      Math.max(c[o] as number, c[o + 2] as number) + tol,
      Math.max(c[o + 1] as number, c[o + 3] as number) + tol,
    );
    pairs += hits.length;
    const p = index.segmentDivision[s] as number;
    for (const t of hits) {
      if (t <= s || index.segmentDivision[t] !== p || !crossesItself(index, s, t, tol)) continue;
      const seen = found.get(p);
      if (seen) seen.count++;
      else found.set(p, { count: 1, s, t });
    }
  }
  const where = (p: number, ring: number) =>
    `${g.type === 'MultiPolygon' ? `part ${p} ` : ''}ring ${ring - (firstRing[p] as number)}`;
  const out = [...found].map(([p, { count, s, t }]) => {
    const [lon, lat] = crossingPoint(index, s, t);
    const rs = index.segmentRing[s] as number;
    const rt = index.segmentRing[t] as number;
    const what =
      rs === rt
        ? `${where(p, rs)} crosses itself`
        : `${where(p, rs)} and ring ${rt - (firstRing[p] as number)} cross`;
    const more = count > 1 ? ` (${count} crossings in all)` : '';
    return `${what} near [${round(lon)}, ${round(lat)}]${more}; the divisions were matched to the polygon as drawn`;
  });
  if (pairs > MAX_PAIRS) {
    out.push('the polygon runs over itself so often that it was checked for crossings only in part');
  }
  return out;
}

/** Where segments s and t meet, as [lon, lat]; the start of s when they run together. */
function crossingPoint(index: BoundaryIndex, s: number, t: number): [number, number] {
  const a = index.segment(s);
  const b = index.segment(t);
  const rx = a.bx - a.ax;
  const ry = a.by - a.ay;
  const sx = b.bx - b.ax;
  const sy = b.by - b.ay;
  const denominator = rx * sy - ry * sx;
  const u = denominator === 0 ? 0 : ((b.ax - a.ax) * sy - (b.ay - a.ay) * sx) / denominator;
  const { lon0, lat0, kx, ky } = index.projection;
  return [(a.ax + u * rx) / kx + lon0, (a.ay + u * ry) / ky + lat0];
}
