import type { MultiPolygon, Position } from 'geojson';

/**
 * A point inside the shape, to mark it on a map: the middle of the widest stretch of the largest
 * polygon along the line halfway up it. A centroid can fall outside a crescent-shaped division;
 * this cannot (holes count as outside). Undefined for an empty shape.
 */
export function interiorPoint(shape: MultiPolygon): [number, number] | undefined {
  const largest = shape.coordinates
    .map((rings) => ({ rings, size: spanOf(rings[0] ?? []) }))
    .sort((a, b) => b.size - a.size)[0]?.rings;
  const outer = largest?.[0];
  if (!largest || !outer?.length) return undefined;
  const ys = outer.map((p) => p[1] ?? 0);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs = largest.flatMap((ring) => crossings(ring, y)).sort((a, b) => a - b);
  let best: [number, number] | undefined;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [a, b] = [xs[i] ?? 0, xs[i + 1] ?? 0];
    if (!best || b - a > best[1] - best[0]) best = [a, b];
  }
  return best ? [(best[0] + best[1]) / 2, y] : [outer[0]?.[0] ?? 0, outer[0]?.[1] ?? 0];
}

function spanOf(ring: readonly Position[]): number {
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}

// Where the ring's edges cross the horizontal line at y (each edge counted once, half-open).
function crossings(ring: readonly Position[], y: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    if (y1 <= y !== y2 <= y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  }
  return xs;
}
