import * as turf from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countyDivisions, postcode, postcodes } from '../../../../tools/testing/fixtures';
import { bowtie, square } from '../../../../tools/testing/shapes';
import { GeoInputError } from './geo-error';
import { matchGeometry } from './match';

const leics = countyDivisions('leicestershire');
const names = (r: ReturnType<typeof matchGeometry>, relation?: string) =>
  r.divisions.filter((d) => !relation || d.relation === relation).map((d) => d.name);

describe('matching real postcodes (Code-Point Open 2014) to Leicestershire divisions', () => {
  it.each([
    ['LE651AA', 'Ashby de la Zouch'],
    ['LE174AB', 'Lutterworth'],
    ['LE25AA', 'Oadby'],
    ['LE129AA', 'Shepshed'],
    ['LE96ES', 'Broughton Astley'],
  ])('%s is in %s', (code, division) => {
    const p = postcode('LE', code);
    const r = matchGeometry(leics, { type: 'Point', coordinates: [p.lon, p.lat] });
    expect(r.outsideCouncilArea).toBe(false);
    expect(r.divisions).toEqual([{ name: division, relation: 'inside', distanceMetres: 0 }]);
  });

  it.each([
    ['LE111AA', 'Loughborough'],
    ['LE130AA', 'Melton'],
    ['LE167AA', 'Market Harborough'],
    ['LE181AA', 'Wigston'],
    ['LE673AA', 'Coalville'],
  ])('%s, in the town centre, is in a %s division', (code, town) => {
    const p = postcode('LE', code);
    const [only, ...rest] = names(matchGeometry(leics, { type: 'Point', coordinates: [p.lon, p.lat] }));
    expect(rest).toEqual([]);
    expect(only).toContain(town);
  });

  it('puts every Leicestershire postcode in exactly one division, and none of Leicester City or Rutland', () => {
    let county = 0;
    for (const p of postcodes('LE')) {
      const r = matchGeometry(leics, { type: 'Point', coordinates: [p.lon, p.lat] });
      if (p.county === 'E10000018') {
        county++;
        expect(r.divisions, p.postcode).toHaveLength(1);
      } else {
        expect(r.divisions, p.postcode).toHaveLength(0);
        expect(r.outsideCouncilArea).toBe(true);
      }
    }
    expect(county).toBe(13_968);
  });

  it('matches British National Grid input to the same division as its WGS84 twin', () => {
    const sample = postcodes('LE')
      .filter((p) => p.county === 'E10000018')
      .filter((_, i) => i % 97 === 0);
    for (const p of sample) {
      const wgs = names(matchGeometry(leics, { type: 'Point', coordinates: [p.lon, p.lat] }));
      const bng = names(
        matchGeometry(leics, { type: 'Point', coordinates: [p.easting, p.northing] }, { crs: 'EPSG:27700' }),
      );
      expect(bng, p.postcode).toEqual(wgs);
    }
    expect(sample.length).toBeGreaterThan(100);
  });

  it('accepts the legacy crs member on a Feature', () => {
    const p = postcode('LE', 'LE651AA');
    const r = matchGeometry(leics, {
      type: 'Feature',
      properties: {},
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
      geometry: { type: 'Point', coordinates: [p.easting, p.northing] },
    });
    expect(names(r)).toEqual(['Ashby de la Zouch']);
  });
});

describe('points on boundaries and outside the council', () => {
  // A vertex that Oadby and East Wigston both have: their shared boundary.
  const shared = (a: string, b: string): Position[] => {
    const ring = (n: string) => leics.get(n)?.geometry.coordinates[0]?.[0] ?? [];
    const other = new Set(ring(b).map((p) => p.join(',')));
    return ring(a).filter((p) => other.has(p.join(',')));
  };

  it.each([
    ['Oadby', 'East Wigston'],
    ['Loughborough North', 'Loughborough South'],
    ['Glenfields, Kirby Muxloe & Leicester Forests', 'Groby & Ratby'],
  ])('a vertex on the %s / %s boundary belongs to both', (a, b) => {
    const vertices = shared(a, b);
    expect(vertices.length).toBeGreaterThan(2);
    const r = matchGeometry(leics, { type: 'Point', coordinates: vertices[1] as Position });
    expect(names(r, 'intersects').sort()).toEqual([a, b].sort());
  });

  it('a point half-way along a shared edge belongs to both divisions', () => {
    const [p, q] = shared('Oadby', 'East Wigston');
    const mid: Position = [((p?.[0] ?? 0) + (q?.[0] ?? 0)) / 2, ((p?.[1] ?? 0) + (q?.[1] ?? 0)) / 2];
    expect(names(matchGeometry(leics, { type: 'Point', coordinates: mid })).sort()).toEqual([
      'East Wigston',
      'Oadby',
    ]);
  });

  it('a point in the Leicester City hole is outside the council area, with nearby divisions on request', () => {
    const clockTower: Position = [-1.1337, 52.6362];
    const plain = matchGeometry(leics, { type: 'Point', coordinates: clockTower });
    expect(plain).toMatchObject({ divisions: [], outsideCouncilArea: true });
    expect(plain.message).toMatch(/outside the council area/);

    const near = matchGeometry(leics, { type: 'Point', coordinates: clockTower }, { withinMetres: 4000 });
    expect(near.outsideCouncilArea).toBe(true);
    expect(near.divisions.length).toBeGreaterThan(0);
    for (const d of near.divisions) {
      expect(d.relation).toBe('nearby');
      expect(d.distanceMetres).toBeGreaterThan(0);
      expect(d.distanceMetres).toBeLessThanOrEqual(4000);
    }
    const distances = near.divisions.map((d) => d.distanceMetres);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('reports nearby divisions separately from the one that holds the point, with honest distances', () => {
    const p = postcode('LE', 'LE25AA');
    const r = matchGeometry(leics, { type: 'Point', coordinates: [p.lon, p.lat] }, { withinMetres: 1500 });
    expect(names(r, 'inside')).toEqual(['Oadby']);
    for (const d of r.divisions.filter((x) => x.relation === 'nearby')) {
      // Independent check with Turf's geodesic point-to-boundary distance.
      const boundary = turf.polygonToLine(leics.get(d.name)!.geometry);
      const lines = boundary.type === 'FeatureCollection' ? boundary.features : [boundary];
      const km = Math.min(...lines.map((l) => turf.pointToLineDistance([p.lon, p.lat], l as never)));
      expect(Math.abs(km * 1000 - d.distanceMetres)).toBeLessThan(Math.max(2, km * 1000 * 0.01));
    }
  });

  it('a point far away (Rutland, Oakham) touches nothing', () => {
    const r = matchGeometry(leics, { type: 'Point', coordinates: [-0.7269, 52.6699] });
    expect(r).toMatchObject({ divisions: [], outsideCouncilArea: true });
  });
});

describe('lines and polygons', () => {
  // Turf's booleanIntersects over every division is the naive oracle.
  const oracle = (g: LineString | Polygon) =>
    leics.divisions
      .filter((d) => turf.booleanIntersects(g, d.geometry))
      .map((d) => d.name)
      .sort();

  const roads: [string, Position[]][] = [
    [
      'A6 Loughborough to Quorn and Mountsorrel',
      [
        [-1.205, 52.77],
        [-1.17, 52.745],
        [-1.14, 52.715],
      ],
    ],
    [
      'A607 Melton Mowbray towards Leicester',
      [
        [-0.886, 52.766],
        [-0.97, 52.73],
        [-1.05, 52.69],
      ],
    ],
    [
      'A5 along the south-west edge',
      [
        [-1.49, 52.59],
        [-1.37, 52.52],
        [-1.24, 52.43],
      ],
    ],
    [
      'A6 Market Harborough to Kibworth',
      [
        [-0.92, 52.479],
        [-0.97, 52.53],
        [-1.0, 52.55],
      ],
    ],
  ];

  it.each(roads)('road works line "%s" matches exactly the divisions it crosses', (_, coordinates) => {
    const line: LineString = { type: 'LineString', coordinates };
    const r = matchGeometry(leics, line);
    expect(names(r).sort()).toEqual(oracle(line));
    expect(r.divisions.length).toBeGreaterThanOrEqual(2);
    expect(r.divisions.every((d) => d.relation === 'intersects')).toBe(true);
  });

  // Long segments in every direction, crossing many boundaries: matching walks the grid cells along
  // each one, where a box query would return most of the county.
  it.each(['leicestershire', 'hertfordshire', 'nottinghamshire'] as const)(
    'lines scattered across %s match exactly the divisions Turf finds',
    (county) => {
      const set = countyDivisions(county);
      const [minLon, minLat, maxLon, maxLat] = turf.bbox(
        turf.featureCollection(set.divisions.map((d) => turf.feature(d.geometry))),
      );
      let seed = county.length;
      const rnd = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      for (let n = 0; n < 6; n++) {
        const coordinates = Array.from({ length: 2 + n * 6 }, () => [
          minLon + rnd() * (maxLon - minLon),
          minLat + rnd() * (maxLat - minLat),
        ]);
        const line: LineString = { type: 'LineString', coordinates };
        const turfNames = set.divisions
          .filter((d) => turf.booleanIntersects(line, d.geometry))
          .map((d) => d.name)
          .sort();
        expect(names(matchGeometry(set, line)).sort(), `${coordinates.length} points`).toEqual(turfNames);
      }
    },
  );

  it('a MultiLineString matches the union of its parts', () => {
    const [a, b] = [roads[0]?.[1] as Position[], roads[1]?.[1] as Position[]];
    const both = names(matchGeometry(leics, { type: 'MultiLineString', coordinates: [a, b] })).sort();
    const separate = [
      ...names(matchGeometry(leics, { type: 'LineString', coordinates: a })),
      ...names(matchGeometry(leics, { type: 'LineString', coordinates: b })),
    ];
    expect(both).toEqual([...new Set(separate)].sort());
  });

  it('a small polygon inside Oadby is inside it; a square across Oadby reaches its neighbours', () => {
    const p = postcode('LE', 'LE25AA');
    const small = turf.circle([p.lon, p.lat], 0.05, { steps: 16 }).geometry;
    expect(matchGeometry(leics, small).divisions).toEqual([
      { name: 'Oadby', relation: 'inside', distanceMetres: 0 },
    ]);
    const big = turf.bboxPolygon([p.lon - 0.04, p.lat - 0.03, p.lon + 0.04, p.lat + 0.03]).geometry;
    const r = matchGeometry(leics, big);
    expect(names(r).sort()).toEqual(oracle(big));
    expect(names(r)).toContain('Oadby');
    expect(r.divisions.length).toBeGreaterThan(2);
  });

  it('a polygon around the whole county touches all 53 divisions, even those wholly inside it', () => {
    const all = turf.bboxPolygon([-1.7, 52.3, -0.6, 53.0]).geometry;
    expect(matchGeometry(leics, all).divisions).toHaveLength(53);
  });

  it('MultiPoint: inside only when every point is in the division', () => {
    const a = postcode('LE', 'LE651AA');
    const b = postcode('LE', 'LE174AB');
    const r = matchGeometry(leics, {
      type: 'MultiPoint',
      coordinates: [
        [a.lon, a.lat],
        [b.lon, b.lat],
      ],
    });
    expect(r.divisions.map((d) => [d.name, d.relation])).toEqual([
      ['Ashby de la Zouch', 'intersects'],
      ['Lutterworth', 'intersects'],
    ]);
  });
});

describe('polygons that cross themselves', () => {
  const p = postcode('LE', 'LE25AA');
  const box = (d: number, dx = 0) => square(p.lon + dx, p.lat, d);
  const tie = bowtie(p.lon, p.lat, 0.01);
  const near = `near [${Math.round(p.lon * 1e5) / 1e5}, ${Math.round(p.lat * 1e5) / 1e5}]`;

  it.each([
    ['a clean polygon with a hole', { type: 'Polygon', coordinates: [box(0.01), box(0.002)] }, undefined],
    ['a bow tie', { type: 'Polygon', coordinates: [tie] }, [`ring 0 crosses itself ${near}`]],
    [
      'a bow tie as the second part of a MultiPolygon',
      { type: 'MultiPolygon', coordinates: [[box(0.001, 0.05)], [tie]] },
      [`part 1 ring 0 crosses itself ${near}`],
    ],
    [
      'a hole that crosses its outer ring',
      { type: 'Polygon', coordinates: [box(0.01), box(0.004, 0.01)] },
      [/^ring 0 and ring 1 cross near .* \(2 crossings in all\)/],
    ],
  ] as const)('%s: matched, with a warning that says where', (_, polygon, expected) => {
    const r = matchGeometry(leics, polygon);
    expect(names(r)).toContain('Oadby');
    if (!expected) return expect(r.warnings).toBeUndefined();
    expect(r.warnings).toHaveLength(expected.length);
    expected.forEach((w, i) =>
      expect(r.warnings?.[i]).toMatch(typeof w === 'string' ? `${w}; the divisions were matched` : w),
    );
  });
});

describe('bad input', () => {
  it.each([
    ['a string', 'hello', /GeoJSON geometry or Feature/],
    ['an unknown type', { type: 'Circle', coordinates: [0, 0] }, /unsupported geometry type "Circle"/],
    ['NaN coordinates', { type: 'Point', coordinates: [Number.NaN, 52] }, /finite numbers/],
    ['a one-point line', { type: 'LineString', coordinates: [[-1.1, 52.6]] }, /at least 2 positions/],
    [
      'an open ring',
      {
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
      /not closed/,
    ],
    [
      'BNG given as WGS84',
      { type: 'Point', coordinates: [459000, 304000] },
      /British National Grid.*EPSG:27700/,
    ],
    ['latitude out of range', { type: 'Point', coordinates: [-1.1, 95] }, /out of range/],
    ['a Feature without geometry', { type: 'Feature', properties: {}, geometry: null }, /no geometry/],
  ])('rejects %s with a clear message', (_, input, message) => {
    expect(() => matchGeometry(leics, input)).toThrow(GeoInputError);
    expect(() => matchGeometry(leics, input)).toThrow(message);
  });

  it('rejects WGS84 degrees declared as British National Grid', () => {
    expect(() =>
      matchGeometry(leics, { type: 'Point', coordinates: [-1.1, 52.6] }, { crs: 'EPSG:27700' }),
    ).toThrow(/not British National Grid/);
  });

  it('rejects a negative or absurd buffer', () => {
    const pt = { type: 'Point', coordinates: [-1.1, 52.6] };
    expect(() => matchGeometry(leics, pt, { withinMetres: -5 })).toThrow(/withinMetres/);
    expect(() => matchGeometry(leics, pt, { withinMetres: 1e9 })).toThrow(/withinMetres/);
  });
});
