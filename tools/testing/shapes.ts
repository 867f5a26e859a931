// Small polygons for tests, in WGS84 degrees round a centre. Test code only.
import type { Position } from 'geojson';

/** The closed ring of a square of half-side `d` degrees. */
export function square(lon: number, lat: number, d: number): number[][] {
  return [
    [lon - d, lat - d],
    [lon + d, lat - d],
    [lon + d, lat + d],
    [lon - d, lat + d],
    [lon - d, lat - d],
  ];
}

/** A ring that crosses itself once, at the centre: two triangles meeting at a point. */
export function bowtie(lon: number, lat: number, d: number): number[][] {
  return [
    [lon - d, lat - d],
    [lon + d, lat + d],
    [lon + d, lat - d],
    [lon - d, lat + d],
    [lon - d, lat - d],
  ];
}

const M_PER_DEG_LAT = 111_132;

const NEAR = 20; // metres: edges farther than this from a point (by their boxes) are not measured

/** Metres from a point to the nearest edge of any ring, on a local flat projection about the point. */
export function metresToOutline(p: Position, rings: readonly Position[][]): number {
  const [lon, lat] = p as [number, number];
  const dLon = NEAR / (111_320 * Math.cos((lat * Math.PI) / 180));
  const dLat = NEAR / M_PER_DEG_LAT;
  const kx = 111_320 * Math.cos(((p[1] as number) * Math.PI) / 180);
  const xy = (q: Position) => [
    ((q[0] as number) - (p[0] as number)) * kx,
    ((q[1] as number) - (p[1] as number)) * M_PER_DEG_LAT,
  ];
  let best = Infinity;
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++) {
      const a = r[i] as [number, number];
      const b = r[i + 1] as [number, number];
      if (Math.min(a[0], b[0]) > lon + dLon || Math.max(a[0], b[0]) < lon - dLon) continue;
      if (Math.min(a[1], b[1]) > lat + dLat || Math.max(a[1], b[1]) < lat - dLat) continue;
      const [ax, ay] = xy(r[i] as Position) as [number, number];
      const [bx, by] = xy(r[i + 1] as Position) as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/**
 * The largest location allowed that crosses the whole county: 10,000 points along eight passes
 * from west to east and back, 482 km in all, so that it crosses most divisions many times over.
 */
export function serpentine(n: number): number[][] {
  const corners: number[][] = [];
  for (let row = 0; row < 8; row++) {
    const lat = 52.45 + row * 0.07;
    const [west, east] = [-1.55, -0.75];
    corners.push(row % 2 ? [east, lat] : [west, lat], row % 2 ? [west, lat] : [east, lat]);
  }
  const legs = corners.slice(1).map((b, i) => ({ a: corners[i] as number[], b }));
  const metres = ([x0, y0]: number[], [x1, y1]: number[]) =>
    Math.hypot(((x1 as number) - (x0 as number)) * 0.6, (y1 as number) - (y0 as number)) * 111_195;
  const total = legs.reduce((m, l) => m + metres(l.a, l.b), 0);
  const out: number[][] = [];
  let leg = 0;
  let before = 0;
  for (let k = 0; k < n; k++) {
    const at = (k / (n - 1)) * total;
    while (leg < legs.length - 1 && before + metres(legs[leg]!.a, legs[leg]!.b) < at) {
      before += metres(legs[leg]!.a, legs[leg]!.b);
      leg++;
    }
    const { a, b } = legs[leg]!;
    const f = Math.min(1, (at - before) / metres(a, b));
    out.push([a[0]! + f * (b[0]! - a[0]!), a[1]! + f * (b[1]! - a[1]!)]);
  }
  return out;
}
