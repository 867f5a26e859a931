import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../tools/testing/fixtures';
import { metresToOutline } from '../../../../tools/testing/shapes';
import { loadDivisions } from './load-divisions';
import { DISPLAY_TOLERANCE_M, simplifyForDisplay } from './simplify.util';

type Fc = FeatureCollection<MultiPolygon, { name?: string }>;

const points = (fc: Fc) => fc.features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);

describe.each(['leicestershire', 'nottinghamshire'] as const)(
  'the %s divisions drawn for the maps',
  (county) => {
    const text = readFixture(county, 'divisions.geojson');
    const original = JSON.parse(text) as Fc;
    const simple = simplifyForDisplay(original);

    it('keep every division, under its own name, with far fewer points', () => {
      expect(simple.features.map((f) => f.properties.name)).toEqual(
        original.features.map((f) => f.properties.name),
      );
      expect(points(simple)).toBeLessThan(points(original) / 2);
      expect(JSON.stringify(simple).length).toBeLessThan(text.length / 3);
    });

    it(`stray no more than ${DISPLAY_TOLERANCE_M} metres from the real boundaries`, () => {
      original.features.forEach((f, i) => {
        const rings = (simple.features[i] as (typeof simple.features)[number]).geometry.coordinates.flat();
        let worst = 0;
        for (const p of f.geometry.coordinates.flat(2)) worst = Math.max(worst, metresToOutline(p, rings));
        expect(worst, f.properties.name).toBeLessThanOrEqual(DISPLAY_TOLERANCE_M + 0.1);
      });
    });

    it('still meet their neighbours along the same boundaries: no gaps, no overlaps', () => {
      const before = loadDivisions(text).adjacency();
      const after = loadDivisions(JSON.stringify(simple)).adjacency();
      expect(after).toEqual(before);
    });
  },
);
