import { describe, expect, it } from 'vitest';
import { countyDivisions, postcodes } from '../../../../tools/testing/fixtures';
import { locatePoint } from './boundary-index';
import { projectX, projectY } from './planar.util';
import { BOUNDARY_TOLERANCE_M } from './planar.util';

// Matching classifies points through the edge grid (a cell's answer, or a short ray) instead of walking
// every vertex of every candidate division; both must say the same of every point.
describe('classifying points through the segment index', () => {
  it.each([
    ['leicestershire', 'LE'],
    ['nottinghamshire', 'NG'],
  ] as const)(
    'agrees with a full scan for every %s postcode and boundary vertex, and points just off them',
    (county, area) => {
      const set = countyDivisions(county);
      const { index } = set;
      const probes: [number, number][] = postcodes(area).map((p) => [p.lon, p.lat]);
      for (const d of set.divisions)
        for (const polygon of d.geometry.coordinates)
          for (const ring of polygon)
            ring.forEach(([lon, lat], i) => {
              // On the boundary, and a few centimetres to a metre either side of it.
              if (i % 25 === 0) probes.push([lon as number, lat as number]);
              if (i % 25 === 5) probes.push([(lon as number) + 1e-7, (lat as number) - 1e-7]);
              if (i % 25 === 10) probes.push([(lon as number) - 1e-5, (lat as number) + 1e-5]);
            });
      let compared = 0;
      const disagreements: string[] = [];
      for (const [lon, lat] of probes) {
        const x = projectX(index.projection, lon);
        const y = projectY(index.projection, lat);
        const t = BOUNDARY_TOLERANCE_M;
        const candidates = index.divisionIndex.search(x - t, y - t, x + t, y + t);
        if (candidates.length === 0) continue;
        const found = index.locateThroughIndex(x, y, t, candidates);
        candidates.forEach((d, k) => {
          compared++;
          const expected = locatePoint(index.planar[d] ?? [], x, y, t).where;
          if (found[k] !== expected) disagreements.push(`${lon},${lat} in ${set.divisions[d]?.name}`);
        });
      }
      expect(disagreements).toEqual([]);
      expect(compared).toBeGreaterThan(10_000);
    },
  );
});
