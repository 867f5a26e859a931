import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** How far the maps' outlines may stray from the real boundaries, in metres. */
export const DISPLAY_TOLERANCE_M = 3;

const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON_AT_EQUATOR = 111_320;

type Ring = Position[];
const key = (p: Position) => `${p[0]},${p[1]}`;

/** The points of a chain that stray farther than the tolerance from the line through the rest: Douglas–Peucker. */
function douglasPeucker(chain: readonly Position[], tol2: number, kx: number): Position[] {
  const keep = new Uint8Array(chain.length);
  keep[0] = 1;
  keep[chain.length - 1] = 1;
  const stack: [number, number][] = [[0, chain.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const pa = chain[a] as Position;
    const pb = chain[b] as Position;
    const ax = (pa[0] as number) * kx;
    const ay = (pa[1] as number) * M_PER_DEG_LAT;
    const dx = (pb[0] as number) * kx - ax;
    const dy = (pb[1] as number) * M_PER_DEG_LAT - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const p = chain[i] as Position;
      const px = (p[0] as number) * kx - ax;
      const py = (p[1] as number) * M_PER_DEG_LAT - ay;
      const t = len2 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const d2 = ex * ex + ey * ey;
      if (d2 > worst) [worst, at] = [d2, i];
    }
    if (worst > tol2) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return chain.filter((_p, i) => keep[i]);
}

/** A chain simplified the same way whichever way round it is walked, so neighbours agree on it. */
function simplifyChain(chain: Position[], tol2: number, kx: number): Position[] {
  const first = key(chain[0] as Position);
  const last = key(chain[chain.length - 1] as Position);
  if (first <= last) return douglasPeucker(chain, tol2, kx);
  return douglasPeucker([...chain].reverse(), tol2, kx).reverse();
}

function ringsOf(fc: FeatureCollection<Polygon | MultiPolygon>): Ring[] {
  return fc.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
  );
}

/**
 * The points where boundaries meet or part: a point is kept when the rings through it differ from
 * the rings through a point next to it. Between two such points a stretch of boundary belongs to
 * the same divisions on both sides, so simplifying each stretch on its own leaves no gaps or overlaps.
 */
function junctions(rings: readonly Ring[]): Set<string> {
  const ringsAt = new Map<string, Set<number>>();
  rings.forEach((r, i) => {
    for (const p of r) {
      const k = key(p);
      const s = ringsAt.get(k) ?? new Set<number>();
      s.add(i);
      ringsAt.set(k, s);
    }
  });
  const same = (a: Set<number> | undefined, b: Set<number> | undefined) =>
    a !== undefined && b !== undefined && a.size === b.size && [...a].every((x) => b.has(x));
  const fixed = new Set<string>();
  for (const r of rings) {
    const n = r.length - 1; // closed: the last point repeats the first
    for (let i = 0; i < n; i++) {
      const here = ringsAt.get(key(r[i] as Position));
      const prev = ringsAt.get(key(r[(i - 1 + n) % n] as Position));
      const next = ringsAt.get(key(r[(i + 1) % n] as Position));
      if (!same(here, prev) || !same(here, next)) fixed.add(key(r[i] as Position));
    }
  }
  // A ring that meets no other one (an island, or a division inside another): two points of its
  // own, chosen by where they are, not where the ring starts, so the ring and the hole agree.
  for (const r of rings) {
    if (r.some((p) => fixed.has(key(p)))) continue;
    const sorted = r.map(key).sort();
    const lowest = sorted[0] as string;
    const highest = sorted[sorted.length - 1] as string;
    fixed.add(lowest).add(highest);
  }
  return fixed;
}

function simplifyRing(r: Ring, fixed: Set<string>, tol2: number, kx: number): Ring {
  const n = r.length - 1;
  const start = r.findIndex((p) => fixed.has(key(p)));
  if (n < 4 || start < 0) return r;
  const walk = [...r.slice(start, n), ...r.slice(0, start + 1)];
  const out: Position[] = [walk[0] as Position];
  let from = 0;
  for (let i = 1; i < walk.length; i++) {
    if (i < walk.length - 1 && !fixed.has(key(walk[i] as Position))) continue;
    const kept = simplifyChain(walk.slice(from, i + 1), tol2, kx);
    for (let k = 1; k < kept.length; k++) out.push(kept[k] as Position);
    from = i;
  }
  // Too few points left to enclose anything: keep the ring as it was.
  return rounded(out.length >= 4 ? out : r);
}

// Six decimal places of a degree are about ten centimetres: the same point rounds the same way in
// every division, so neighbours still share it.
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
function rounded(r: Ring): Ring {
  const out: Ring = [];
  for (const p of r) {
    const q = [round6(p[0] as number), round6(p[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : r;
}

/**
 * Divisions with fewer points, for drawing: no outline moves by more than `toleranceM` metres (and
 * ten centimetres of rounding), and where two divisions share a boundary both keep the same points
 * along it.
 */
export function simplifyForDisplay<F extends FeatureCollection<Polygon | MultiPolygon>>(
  fc: F,
  toleranceM = DISPLAY_TOLERANCE_M,
): F {
  const rings = ringsOf(fc);
  // A loop, not Math.min(...lats): a spread of hundreds of thousands of points overflows the stack.
  let south = Infinity;
  let north = -Infinity;
  for (const r of rings)
    for (const p of r) {
      const lat = p[1] as number;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  const midLat = south <= north ? (south + north) / 2 : 0;
  const kx = M_PER_DEG_LON_AT_EQUATOR * Math.cos((midLat * Math.PI) / 180);
  const fixed = junctions(rings);
  const tol2 = toleranceM * toleranceM;
  const ring = (r: Ring) => simplifyRing(r, fixed, tol2, kx);
  return {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { ...f.geometry, coordinates: f.geometry.coordinates.map(ring) }
          : { ...f.geometry, coordinates: f.geometry.coordinates.map((poly) => poly.map(ring)) },
    })),
  };
}
