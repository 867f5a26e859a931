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
