import { matchGeometry } from '@member-alerts/geo';
import { describe, expect, it } from 'vitest';
import { countyDivisions } from '../../../../../tools/testing/fixtures';
import { readWorksGeometry } from './works-geometry.util';

const leics = countyDivisions('leicestershire');
const divisionsOf = (value: unknown) =>
  matchGeometry(leics, readWorksGeometry(value)).divisions.map((d) => d.name);

// London Road (the A6) through Oadby, and points on it, in British National Grid.
const LONDON_ROAD = '461933.3 300748.0,462309.4 300474.6,462686.9 300090.1';

describe('reading Street Manager works locations (British National Grid) onto Leicestershire divisions', () => {
  it.each([
    ['WKT point', 'POINT(462309.4 300474.6)', ['Oadby']],
    ['WKT point with a space before the bracket', 'POINT (462309.4 300474.6)', ['Oadby']],
    ['WKT line along London Road, Oadby', `LINESTRING(${LONDON_ROAD})`, ['Oadby']],
    ['lower-case WKT with a space', `linestring (${LONDON_ROAD})`, ['Oadby']],
    [
      'WKT polygon round The Parade, Oadby',
      'POLYGON((462250 300420,462350 300420,462350 300520,462250 300520,462250 300420))',
      ['Oadby'],
    ],
    [
      'WKT multipoint, bare positions',
      'MULTIPOINT(462309.4 300474.6, 454071.4 319456.0)',
      ['Loughborough East', 'Oadby'],
    ],
    [
      'WKT multipoint, bracketed positions',
      'MULTIPOINT ((462309.4 300474.6), (454071.4 319456.0))',
      ['Loughborough East', 'Oadby'],
    ],
    [
      'WKT multilinestring',
      'MULTILINESTRING((461488.2 301131.7,461933.3 300748.0),(462686.9 300090.1,463167.5 299595.6))',
      ['Oadby'],
    ],
    [
      'WKT multipolygon in Oadby and Loughborough',
      'MULTIPOLYGON(((462250 300420,462350 300420,462350 300520,462250 300420)),((454000 319400,454100 319400,454100 319500,454000 319400)))',
      ['Loughborough East', 'Oadby'],
    ],
    ['WKT with an SRID prefix', 'SRID=27700;POINT(454071.4 319456.0)', ['Loughborough East']],
    [
      'GeoJSON geometry object',
      {
        type: 'LineString',
        coordinates: [
          [461933.3, 300748.0],
          [462686.9, 300090.1],
        ],
      },
      ['Oadby'],
    ],
    [
      'GeoJSON geometry in a string',
      '{"type":"Point","coordinates":[454071.4,319456.0]}',
      ['Loughborough East'],
    ],
  ])('%s', (_what, value, expected) => {
    expect([...divisionsOf(value)].sort()).toEqual(expected);
  });

  it('converts to WGS84 within a few metres of where the place is', () => {
    const g = readWorksGeometry('POINT (462309.4 300474.6)');
    expect(g.type).toBe('Point');
    const [lon, lat] = g.coordinates as number[];
    expect(lon).toBeCloseTo(-1.0815, 4);
    expect(lat).toBeCloseTo(52.5985, 4);
  });

  it.each([
    ['an empty value', '', /no works location|neither WKT/],
    ['a shape Street Manager does not send', 'CIRCULARSTRING(1 2, 3 4, 5 6)', /neither WKT/],
    ['unbalanced brackets', 'LINESTRING(461933.3 300748.0,462309.4 300474.6', /neither WKT|not valid WKT/],
    ['a point with one number', 'POINT(462309.4)', /not valid WKT/],
    ['a polygon written as a line', `POLYGON(${LONDON_ROAD})`, /nested the wrong way/],
    ['broken GeoJSON', '{"type":"Point",', /not valid JSON/],
    [
      'a GeoJSON feature collection',
      { type: 'FeatureCollection', features: [] },
      /not a point, line or area/,
    ],
  ])('refuses %s, saying why', (_what, value, message) => {
    expect(() => readWorksGeometry(value)).toThrow(message);
  });
});
