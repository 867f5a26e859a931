import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countyDivisions, readFixture } from '../../../../tools/testing/fixtures';
import { GeoInputError } from './geo-error';
import { loadDivisions } from './load-divisions';

const leicsJson = readFixture('leicestershire', 'divisions.geojson');
const leics = countyDivisions('leicestershire');

function collection(...features: unknown[]): { type: 'FeatureCollection'; features: unknown[] } {
  return { type: 'FeatureCollection', features };
}
function square(
  name: string,
  x: number,
  y: number,
  size = 0.01,
  extra: Record<string, unknown> = {},
): Feature {
  return {
    type: 'Feature',
    properties: { name, ...extra },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
          [x, y],
        ],
      ],
    },
  };
}

describe('loading the real Leicestershire divisions', () => {
  it('has 53 divisions and 55 seats, named by Division_n', () => {
    expect(leics.size).toBe(53);
    expect(leics.divisions.reduce((n, d) => n + d.seats, 0)).toBe(55);
    expect(leics.sourceCrs).toBe('EPSG:4326');
    // The Name property misspells it "Castle Donnington"; Division_n is right.
    expect(leics.names).toContain('Castle Donington & Kegworth');
    expect(leics.names).not.toContain('Castle Donnington & Kegworth');
    expect(leics.warnings).toEqual([]);
  });

  it.each([
    ['Oadby', 2],
    ['Glenfields, Kirby Muxloe & Leicester Forests', 2],
    ['Lutterworth', 1],
  ])('%s elects %i', (name, seats) => {
    expect(leics.seatsOf(name)).toBe(seats);
  });

  it.each([
    ["St Mary's", 'St Marys'],
    ['castle donington and kegworth', 'Castle Donington & Kegworth'],
    ['  OADBY ', 'Oadby'],
  ])('resolves the loose name %j to %j', (given, exact) => {
    expect(leics.resolveName(given)).toBe(exact);
  });

  it('reads the British National Grid original to the same places (within a centimetre)', () => {
    const bng = countyDivisions('leicestershire', 'divisions.bng.geojson');
    expect(bng.sourceCrs).toBe('EPSG:27700');
    expect(bng.adjacency()).toEqual(leics.adjacency());
    for (const d of leics.divisions) {
      const a = d.geometry.coordinates[0]?.[0] ?? [];
      const b = bng.get(d.name)?.geometry.coordinates[0]?.[0] ?? [];
      expect(b.length).toBe(a.length);
      for (const i of [0, Math.floor(a.length / 2)]) {
        expect(Math.abs((b[i]?.[0] ?? 0) - (a[i]?.[0] ?? 0))).toBeLessThan(1e-7);
        expect(Math.abs((b[i]?.[1] ?? 0) - (a[i]?.[1] ?? 0))).toBeLessThan(1e-7);
      }
    }
  });

  it('detects BNG from the coordinates when the crs member is missing', () => {
    const fc = JSON.parse(readFixture('leicestershire', 'divisions.bng.geojson')) as Record<string, unknown>;
    delete fc['crs'];
    expect(loadDivisions(fc).sourceCrs).toBe('EPSG:27700');
  });

  it('lets the caller choose the name property', () => {
    const byName = loadDivisions(leicsJson, { nameProperty: 'Name' });
    expect(byName.names).toContain('Castle Donnington & Kegworth');
  });
});

describe('rejecting bad division files with a message that names the feature', () => {
  const good = square('A', -1, 52);
  it.each<[string, unknown, RegExp]>([
    ['not JSON', '{"type": "FeatureCollection", ', /not valid JSON/],
    ['not a FeatureCollection', { type: 'Feature' }, /must be a GeoJSON FeatureCollection/],
    ['an empty collection', collection(), /empty: it has no divisions/],
    [
      'duplicate names',
      collection(good, square('A', -1.1, 52)),
      /feature 1 \("A"\): duplicate division name "A"/,
    ],
    [
      'a missing name',
      collection(good, square('', -1.1, 52)),
      /feature 1: property "name" is missing or empty/,
    ],
    [
      'an unclosed ring',
      collection(good, {
        type: 'Feature',
        properties: { name: 'B' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-1, 52],
              [-1.1, 52],
              [-1.1, 52.1],
              [-1, 52.1],
            ],
          ],
        },
      }),
      /feature 1 \("B"\) ring 0: ring is not closed/,
    ],
    [
      'a point instead of a polygon',
      collection(good, {
        type: 'Feature',
        properties: { name: 'B' },
        geometry: { type: 'Point', coordinates: [-1, 52] },
      }),
      /feature 1 \("B"\): a division must be a Polygon or MultiPolygon, not a Point/,
    ],
    [
      'coordinates out of range',
      collection(good, square('B', 200, 52)),
      /feature 1 \("B"\): coordinates out of range/,
    ],
    [
      'a bad seat count',
      collection(square('A', -1, 52, 0.01, { seats: 'two' })),
      /"seats" must be a whole number/,
    ],
    [
      'text coordinates',
      collection(square('A', -1, 52), {
        ...square('B', 0, 0),
        geometry: { type: 'Polygon', coordinates: [[['a', 'b']]] },
      }),
      /finite numbers/,
    ],
  ])('%s', (_, input, message) => {
    expect(() => loadDivisions(input, { nameProperty: 'name' })).toThrow(GeoInputError);
    expect(() => loadDivisions(input, { nameProperty: 'name' })).toThrow(message);
  });

  it('reports every problem at once', () => {
    try {
      loadDivisions(collection(square('A', -1, 52), square('A', -1.1, 52), square('', -1.2, 52)), {
        nameProperty: 'name',
      });
      expect.unreachable();
    } catch (e) {
      expect((e as GeoInputError).problems).toHaveLength(2);
    }
  });

  it('asks for a name property when none can be guessed', () => {
    const f = square('A', -1, 52);
    f.properties = { code: 'X1' };
    expect(() => loadDivisions(collection(f))).toThrow(/pass nameProperty \(the first feature has: code\)/);
  });

  it('accepts a plain Polygon and treats it as one part', () => {
    const set = loadDivisions(collection(square('A', -1, 52)));
    expect((set.divisions[0]?.geometry as MultiPolygon).type).toBe('MultiPolygon');
  });
});
