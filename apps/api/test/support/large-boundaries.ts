/**
 * A WGS84 FeatureCollection of circular divisions in Leicestershire, side by side, with `points[i]`
 * positions in division i (the first repeated last). The first is named `first`, the others
 * "Division 1", "Division 2", …; at 6 decimal places each point takes about 22 bytes.
 */
export function largeDivisions(points: readonly number[], first = 'Harborough'): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: points.map((n, d) => {
      const ring: number[][] = [];
      for (let i = 0; i < n - 1; i++) {
        const a = (2 * Math.PI * i) / (n - 1);
        ring.push([
          Number((-1.3 + 0.03 * d + 0.01 * Math.cos(a)).toFixed(6)),
          Number((52.6 + 0.01 * Math.sin(a)).toFixed(6)),
        ]);
      }
      ring.push(ring[0] as number[]);
      return {
        type: 'Feature',
        properties: { name: d === 0 ? first : `Division ${d}` },
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
    }),
  });
}
