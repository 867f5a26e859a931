import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDivisions } from './load-divisions';
import { interiorPoint } from './interior-point';
import { matchGeometry } from './match';

const FIXTURE = join(__dirname, '..', '..', '..', '..', 'fixtures', 'leicestershire', 'divisions.geojson');

describe('interiorPoint: a point to mark a division with', () => {
  const set = loadDivisions(JSON.parse(readFileSync(FIXTURE, 'utf8')));

  it('falls inside every Leicestershire division, and in no other', () => {
    const wrong = set.divisions.flatMap((d) => {
      const at = interiorPoint(d.geometry);
      const found = at ? matchGeometry(set, { type: 'Point', coordinates: at }).divisions : [];
      const inside = found.filter((m) => m.relation === 'inside').map((m) => m.name);
      return inside.length === 1 && inside[0] === d.name ? [] : [`${d.name}: ${inside.join(', ') || 'none'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('falls inside a crescent, where the middle of its outline does not', () => {
    const crescent = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 8],
            [8, 8],
            [8, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      ],
    };
    expect(interiorPoint(crescent)).toEqual([9, 5]);
  });
});
