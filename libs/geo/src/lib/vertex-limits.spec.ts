import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../tools/testing/fixtures';
import { loadDivisions } from './load-divisions';
import {
  geometryVertexCount,
  GeoTooLargeError,
  MAX_DIVISION_VERTICES,
  MAX_FILE_VERTICES,
} from './vertex-limits';

type Collection = { features: { geometry: unknown }[] };

describe('vertex limits', () => {
  it.each(['leicestershire', 'nottinghamshire', 'hertfordshire'])(
    'leave ten times the room the real %s file needs',
    (county) => {
      const counts = (JSON.parse(readFixture(county, 'divisions.geojson')) as Collection).features.map((f) =>
        geometryVertexCount(f.geometry),
      );
      expect(Math.max(...counts) * 10).toBeLessThanOrEqual(MAX_DIVISION_VERTICES);
      expect(counts.reduce((a, b) => a + b, 0) * 10).toBeLessThanOrEqual(MAX_FILE_VERTICES);
    },
  );

  it('counts Leicestershire as SOURCES.md does: 81,695 points, Launde the largest at 6,603', () => {
    const fc = JSON.parse(readFixture('leicestershire', 'divisions.bng.geojson')) as Collection;
    const counts = fc.features.map((f) => geometryVertexCount(f.geometry));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(81_695);
    expect(Math.max(...counts)).toBe(6_603);
  });

  it('refuses a file over a limit before checking anything else, naming each division over it', () => {
    const square = (name: string) => ({
      type: 'Feature',
      properties: { name },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1, 52],
            [-0.9, 52],
            [-0.9, 52.1],
            [-1, 52],
          ],
        ],
      },
    });
    const input = { type: 'FeatureCollection', features: [square('Oadby'), square('Wigston')] };
    let thrown: unknown;
    try {
      loadDivisions(input, { vertexLimits: { perDivision: 3, perFile: 5 } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(GeoTooLargeError);
    expect((thrown as GeoTooLargeError).problems).toEqual([
      '"Oadby" (feature 0) has 4 points; at most 3 are allowed per division',
      '"Wigston" (feature 1) has 4 points; at most 3 are allowed per division',
      'the file has 8 points in all; at most 5 are allowed per file',
    ]);
  });
});
