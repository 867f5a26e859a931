import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countyDivisions, postcodes } from '../../../../tools/testing/fixtures';
import type { DivisionSet } from './division-set';
import { GeoInputError } from './geo-error';
import { loadDivisions } from './load-divisions';
import { matchGeometry } from './match';
import { matchPoints } from './match-points';
import { interiorPoint } from './interior-point';

/** A small deterministic generator (mulberry32), so every run tests the same points. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function extent(set: DivisionSet): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const d of set.divisions) {
    for (const p of d.geometry.coordinates.flat(2)) {
      x0 = Math.min(x0, p[0] as number);
      y0 = Math.min(y0, p[1] as number);
      x1 = Math.max(x1, p[0] as number);
      y1 = Math.max(y1, p[1] as number);
    }
  }
  return [x0, y0, x1, y1];
}

/**
 * Picks boundary edges at random: each with its first vertex, a point at random along it, and the
 * direction across it, in degrees of latitude (longitude degrees are shorter, so this errs inwards).
 */
function randomEdges(set: DivisionSet, rnd: () => number) {
  const rings = set.divisions.flatMap((d) => d.geometry.coordinates.flat());
  return () => {
    const ring = rings[Math.floor(rnd() * rings.length)] ?? [];
    const k = Math.floor(rnd() * (ring.length - 1));
    const [ax, ay] = ring[k] as [number, number];
    const [bx, by] = ring[k + 1] as [number, number];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const t = rnd();
    return {
      ax,
      ay,
      px: ax + t * (bx - ax),
      py: ay + t * (by - ay),
      nx: -(by - ay) / len,
      ny: (bx - ax) / len,
    };
  };
}

/**
 * Points of every kind a batch may hold: at random over the county and a margin round it (so some
 * fall outside it and in its holes), on boundary vertices, half-way along edges, and a centimetre,
 * a few centimetres and a metre either side of edges, where the boundary tolerance decides.
 */
function testPoints(set: DivisionSet, seed: number, count: number): Position[] {
  const rnd = seeded(seed);
  const [x0, y0, x1, y1] = extent(set);
  const [mx, my] = [(x1 - x0) * 0.1, (y1 - y0) * 0.1];
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    out.push([x0 - mx + rnd() * (x1 - x0 + 2 * mx), y0 - my + rnd() * (y1 - y0 + 2 * my)]);
  }
  const metre = 1 / 111_195;
  const edges = randomEdges(set, rnd);
  for (let i = 0; i < count; i++) {
    const { ax, ay, px, py, nx, ny } = edges();
    const offset = [0, 0.005, -0.005, 0.012, -0.012, 0.03, -0.03, 1, -1][i % 9] as number;
    out.push(i % 10 === 9 ? [ax, ay] : [px + nx * offset * metre, py + ny * offset * metre]);
  }
  return out;
}

/** Building the index takes a second or two on a shared machine; the first batch of each set pays for it. */
const BUILDS_GRID = { timeout: 120_000 };

const one = (set: DivisionSet, p: Position) =>
  matchGeometry(set, { type: 'Point', coordinates: p }).divisions.map((d) => d.name);

function batch(set: DivisionSet, points: readonly Position[]): string[][] {
  const m = matchPoints(set, points.flat());
  return points.map((_, i) =>
    Array.from(m.divisions.subarray(m.start[i], m.start[i + 1]), (d) => set.divisions[d]?.name ?? '?'),
  );
}

describe('matchPoints gives each point the divisions matchGeometry gives it alone', BUILDS_GRID, () => {
  it.each([
    ['leicestershire', 1],
    ['nottinghamshire', 2],
    ['hertfordshire', 3],
  ] as const)('%s: random points, points on and near boundaries, and points outside', (county, seed) => {
    const set = countyDivisions(county);
    const points = testPoints(set, seed, 3_000);
    const got = batch(set, points);
    const want = points.map((p) => one(set, p));
    expect(got).toEqual(want);
    // The points do test what they are meant to: some outside, some on two divisions at once.
    expect(want.filter((w) => w.length === 0).length).toBeGreaterThan(100);
    expect(want.filter((w) => w.length === 2).length).toBeGreaterThan(100);
  });

  it('every Leicestershire postcode, as matchGeometry places it', () => {
    const set = countyDivisions('leicestershire');
    const points = postcodes('LE').map((p): Position => [p.lon, p.lat]);
    expect(batch(set, points)).toEqual(points.map((p) => one(set, p)));
  });

  it('answers most points in the county from the index alone, with no test against an edge', () => {
    const set = countyDivisions('leicestershire');
    const proj = set.index.projection;
    const points = testPoints(set, 4, 5_000).slice(0, 5_000);
    const tested = points.filter(
      ([lon, lat]) =>
        !set.pointIndex.answersAlone(
          ((lon as number) - proj.lon0) * proj.kx,
          ((lat as number) - proj.lat0) * proj.ky,
        ),
    );
    expect(tested.length / points.length).toBeLessThan(0.02);
  });

  it('an empty batch has no divisions', () => {
    const m = matchPoints(countyDivisions('leicestershire'), []);
    expect([...m.start]).toEqual([0]);
    expect(m.divisions.length).toBe(0);
  });
});

/**
 * Divisions as the cells of a grid, as a council cut into blocks, near Leicester: long straight
 * boundaries running east–west and north–south, where every cell along a boundary holds it.
 */
function blocks(cols: number, rows: number): DivisionSet {
  const [w, h] = [0.016, 0.01];
  const features = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [x0, y0] = [-1.2 + c * w, 52.6 + r * h];
      features.push({
        type: 'Feature' as const,
        properties: { name: `Block ${String.fromCharCode(65 + r)}${c + 1}` },
        geometry: {
          type: 'Polygon' as const,
          coordinates: [
            [
              [x0, y0],
              [x0 + w, y0],
              [x0 + w, y0 + h],
              [x0, y0 + h],
              [x0, y0],
            ],
          ],
        },
      });
    }
  }
  return loadDivisions({ type: 'FeatureCollection', features });
}

describe('matchPoints on and near straight boundaries', BUILDS_GRID, () => {
  const set = blocks(12, 8);
  const metre = 1 / 111_195;
  // Along the boundary between rows B and C (52.62) and between columns 4 and 5 (-1.136), and at
  // the corner where four blocks meet; on the line, within the 1 cm tolerance, and beyond it.
  const across = [0, 0.004, -0.004, 0.009, -0.009, 0.02, -0.02, 0.5, -0.5, 3, -3];
  const cases: [string, Position, number][] = [
    ...across.map((m): [string, Position, number] => [
      `${m} m north of an east–west boundary`,
      [-1.1, 52.62 + m * metre],
      Math.abs(m) <= 0.01 ? 2 : 1,
    ]),
    ...across.map((m): [string, Position, number] => [
      `${m} m east of a north–south boundary`,
      [-1.136 + m * metre * 1.65, 52.615],
      Math.abs(m) <= 0.01 ? 2 : 1,
    ]),
    ['on a corner where four blocks meet', [-1.136, 52.62], 4],
    ['3 m inside the corner of the council', [-1.2 + 3 * metre * 1.65, 52.6 + 3 * metre], 1],
    ['3 m outside the corner of the council', [-1.2 - 3 * metre * 1.65, 52.6 - 3 * metre], 0],
    ['on the council’s northern edge', [-1.05, 52.68], 1],
    ['3 m beyond the council’s eastern edge', [-1.008 + 3 * metre * 1.65, 52.65], 0],
  ];
  it.each(cases)('%s: the divisions matchGeometry gives it', (_, point, count) => {
    const want = one(set, point);
    expect(want).toHaveLength(count);
    expect(batch(set, [point])).toEqual([want]);
  });

  it('thousands of points along every boundary, as matchGeometry places them one by one', () => {
    const points = testPoints(set, 5, 4_000);
    expect(batch(set, points)).toEqual(points.map((p) => one(set, p)));
  });
});

describe('matchPoints refuses bad input in plain words', () => {
  const set = countyDivisions('leicestershire');
  it.each([
    [[-1.1, 52.6, -1.2], 'the points must be pairs of longitude and latitude; one number is left over'],
    [[-1.1, 52.6, 458000, 304000], 'point 2 is not a WGS84 [longitude, latitude] position'],
    [[Number.NaN, 52.6], 'point 1 is not a WGS84 [longitude, latitude] position'],
  ])('%j', (input, message) => {
    expect(() => matchPoints(set, input)).toThrow(GeoInputError);
    expect(() => matchPoints(set, input)).toThrow(message);
  });
});

/** A regular octagon of radius `r` metres round [lon, lat], counter-clockwise, closed. */
function octagon([lon, lat]: [number, number], r: number): Position[] {
  const metre = 1 / 111_195;
  const k = 1 / Math.cos((lat * Math.PI) / 180);
  const ring = Array.from({ length: 8 }, (_, i): Position => {
    const a = (i * Math.PI) / 4 + 0.1;
    return [lon + Math.cos(a) * r * metre * k, lat + Math.sin(a) * r * metre];
  });
  return [...ring, ring[0] as Position];
}

/**
 * A county's real divisions with what its file lacks: its first division with a hole, an island
 * division in that hole with a hole of its own (outside every division), and its second and third
 * divisions as one division of two polygons.
 */
function withHolesAndParts(county: 'leicestershire' | 'nottinghamshire'): {
  set: DivisionSet;
  centre: [number, number];
} {
  const real = countyDivisions(county).divisions;
  const [a, b, c] = real as [(typeof real)[0], (typeof real)[0], (typeof real)[0]];
  const centre = interiorPoint(a.geometry) as [number, number];
  const outer = octagon(centre, 300);
  const inner = octagon(centre, 120);
  const reversed = (ring: Position[]) => [...ring].reverse();
  const feature = (name: string, coordinates: MultiPolygon['coordinates']) => ({
    type: 'Feature' as const,
    properties: { name },
    geometry: { type: 'MultiPolygon' as const, coordinates },
  });
  const features = [
    feature(a.name, [[...(a.geometry.coordinates[0] ?? []), reversed(outer)]]),
    feature('Island', [[outer, reversed(inner)]]),
    feature(`${b.name} with ${c.name}`, [...b.geometry.coordinates, ...c.geometry.coordinates]),
    ...real.slice(3).map((d) => feature(d.name, d.geometry.coordinates)),
  ];
  return { set: loadDivisions({ type: 'FeatureCollection', features }), centre };
}

/** Points at random within `r` metres of `centre`, and on and about `ring`'s edges. */
function pointsAround(centre: [number, number], r: number, rings: Position[][], seed: number): Position[] {
  const rnd = seeded(seed);
  const metre = 1 / 111_195;
  const k = 1 / Math.cos((centre[1] * Math.PI) / 180);
  const out: Position[] = [];
  for (let i = 0; i < 2_000; i++) {
    out.push([centre[0] + (rnd() * 2 - 1) * r * metre * k, centre[1] + (rnd() * 2 - 1) * r * metre]);
  }
  for (const ring of rings) {
    for (let v = 0; v + 1 < ring.length; v++) {
      const [ax, ay] = ring[v] as [number, number];
      const [bx, by] = ring[v + 1] as [number, number];
      for (const t of [0, 0.25, 0.5]) {
        for (const off of [0, 0.004, -0.004, 0.02, -0.02, 3, -3]) {
          const len = Math.hypot(bx - ax, by - ay) || 1;
          const [nx, ny] = [-(by - ay) / len, (bx - ax) / len];
          out.push([ax + t * (bx - ax) + nx * off * metre, ay + t * (by - ay) + ny * off * metre]);
        }
      }
    }
  }
  return out;
}

/**
 * Points where the index could go wrong if it were not exact: a few metres to tens of metres from
 * boundaries (inside the cells a boundary crosses, at every level), and along the horizontal and
 * vertical lines through boundary vertices, where a line to the point can pass through a vertex.
 */
function pointsInBoundaryCells(set: DivisionSet, seed: number, count: number): Position[] {
  const rnd = seeded(seed);
  const metre = 1 / 111_195;
  const edges = randomEdges(set, rnd);
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    const { ax, ay, px, py, nx, ny } = edges();
    const off = (rnd() * 2 - 1) * ([2, 8, 20, 60][i % 4] as number);
    out.push([px + nx * off * metre, py + ny * off * metre]);
    const along = (rnd() * 2 - 1) * 30 * metre;
    out.push(i % 2 === 0 ? [ax + along * 1.6, ay] : [ax, ay + along]);
  }
  return out;
}

describe('the point index gives the full test’s answer for every kind of point', BUILDS_GRID, () => {
  const counties = ['leicestershire', 'nottinghamshire'] as const;
  const table: [
    string,
    (typeof counties)[number],
    () => { set: DivisionSet; points: Position[] },
    (want: string[][]) => void,
  ][] = [];
  for (const county of counties) {
    table.push(
      [
        'random over the county and round it, on vertices, and 0–1 m from boundaries',
        county,
        () => {
          const set = countyDivisions(county);
          return { set, points: testPoints(set, 7, 3_000) };
        },
        (want) => {
          expect(want.filter((w) => w.length === 0).length).toBeGreaterThan(100);
          expect(want.filter((w) => w.length === 2).length).toBeGreaterThan(100);
        },
      ],
      [
        '2–60 m from boundaries, and on lines through boundary vertices',
        county,
        () => {
          const set = countyDivisions(county);
          return { set, points: pointsInBoundaryCells(set, 8, 4_000) };
        },
        (want) => expect(want.filter((w) => w.length === 1).length).toBeGreaterThan(6_000),
      ],
      [
        'a hole, an island in it with a hole of its own, and a division of two polygons',
        county,
        () => {
          const { set, centre } = withHolesAndParts(county);
          const island = set.get('Island')?.geometry.coordinates[0] ?? [];
          const parts = set.divisions[2]?.geometry.coordinates.flatMap((p) => p) ?? [];
          return {
            set,
            points: [
              ...pointsAround(centre, 400, island, 9),
              ...testPoints(set, 10, 2_000),
              ...pointsInBoundaryCells(set, 11, 1_000),
              ...parts.flatMap((ring) => ring.slice(0, 50)),
            ],
          };
        },
        (want) => {
          // Some in the island, some in its hole (in no division), some on the hole's edge (two).
          expect(want.filter((w) => w.length === 1 && w[0] === 'Island').length).toBeGreaterThan(100);
          expect(want.filter((w) => w.length === 2 && w.includes('Island')).length).toBeGreaterThan(50);
          expect(want.filter((w) => w.some((d) => d.includes(' with '))).length).toBeGreaterThan(100);
        },
      ],
    );
  }

  it.each(table)('%s (%s)', (_, __, make, check) => {
    const { set, points } = make();
    const want = points.map((p) => one(set, p));
    check(want);
    expect(batch(set, points)).toEqual(want);
  });

  it('points far outside every division, and in the empty corners of the index, are in none', () => {
    const set = countyDivisions('leicestershire');
    const points: Position[] = [
      [-1.1, 53.5],
      [0.5, 52.6],
      [-3, 51],
      [-1.1, 52.2],
      [179.9, -89.9],
      [-180, 90],
    ];
    const [x0, y0, x1, y1] = extent(set);
    for (const [u, v] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const) {
      points.push([x0 + u * (x1 - x0), y0 + v * (y1 - y0)]);
    }
    const want = points.map((p) => one(set, p));
    expect(want.every((w) => w.length === 0)).toBe(true);
    expect(batch(set, points)).toEqual(want);
  });

  it('takes a few megabytes for a county', () => {
    expect(countyDivisions('leicestershire').pointIndex.stats.bytes).toBeLessThan(16_000_000);
  });
});
