// Item 7: libs/geo against the tools others use for the same job, on the same points in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  loadDivisions,
  matchGeometry,
  matchPoints,
  PointIndex,
  type DivisionSet,
  type PointIndexStats,
} from '@member-alerts/geo';
import { Client } from 'pg';
import { PG_URL } from '../../apps/api/test/support/test-api';
import type { GeoSet } from './geo.bench';
import { median, progress, seededRandom } from './measure.util';
import type { Row } from './report.util';

/** Up to this far, in degrees, each point is moved from its postcode: about 550 m by 330 m. */
const JITTER_DEGREES = [0.008, 0.003] as const;

/**
 * `n` points: the LE and NG postcodes in turn, each moved a little at random (always the same), so
 * that some fall on or near boundaries and some outside the council area.
 */
export function peerPoints(positions: readonly [number, number][], n: number): Float64Array {
  const rnd = seededRandom(29);
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const [lon, lat] = positions[i % positions.length] as [number, number];
    out[2 * i] = lon + (rnd() - 0.5) * 2 * JITTER_DEGREES[0];
    out[2 * i + 1] = lat + (rnd() - 0.5) * 2 * JITTER_DEGREES[1];
  }
  return out;
}

interface Measured {
  readonly rates: number[];
  /** One-off work before the first point: building the index. */
  readonly buildSeconds: number;
  /** Per point, its divisions (indexes into the set) sorted and joined, to compare contestants. */
  readonly answers: string[];
  readonly label: string;
}

type Outcome = Measured | { readonly skipped: string };

function answersFrom(n: number, pairs: Iterable<readonly [number, number]>): string[] {
  const per: number[][] = Array.from({ length: n }, () => []);
  for (const [p, d] of pairs) per[p]?.push(d);
  return per.map((ds) => [...new Set(ds)].sort((a, b) => a - b).join(','));
}

function timed(rounds: number, run: () => void): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    run();
    out.push((performance.now() - t) / 1000);
  }
  return out;
}

function viaMatchPoints(
  set: DivisionSet,
  points: Float64Array,
  rounds: number,
): Measured & { index: PointIndexStats } {
  const n = points.length / 2;
  // A fresh index, timed as a boundary upload would pay for it.
  const index = new PointIndex(set.index, set.names);
  let last = matchPoints(set, points, index);
  const seconds = timed(rounds, () => (last = matchPoints(set, points, index)));
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let k = last.start[i] as number; k < (last.start[i + 1] as number); k++) {
      pairs.push([i, last.divisions[k] as number]);
    }
  }
  return {
    label: 'libs/geo matchPoints',
    rates: seconds.map((s) => n / s),
    buildSeconds: index.stats.buildMs / 1000,
    answers: answersFrom(n, pairs),
    index: index.stats,
  };
}

/** Before matchPoints, a caller matched each point on its own. */
function viaMatchGeometry(set: DivisionSet, points: Float64Array, rounds: number): Measured {
  const n = points.length / 2;
  const one = (i: number) =>
    matchGeometry(set, {
      type: 'Point',
      coordinates: [points[2 * i] as number, points[2 * i + 1] as number],
    });
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (const d of one(i).divisions) pairs.push([i, set.indexOf(d.name) as number]);
  }
  const seconds = timed(rounds, () => {
    for (let i = 0; i < n; i++) one(i);
  });
  return {
    label: 'libs/geo matchGeometry, one point at a time',
    rates: seconds.map((s) => n / s),
    buildSeconds: 0,
    answers: answersFrom(n, pairs),
  };
}

/**
 * PostGIS as MapIt uses it: the divisions cut by ST_Subdivide into pieces of at most 256 vertices
 * under a GiST index, and one statement joining every point to the pieces it intersects. Runs in a
 * scratch database, dropped afterwards.
 */
async function viaPostgis(s: GeoSet, points: Float64Array, rounds: number): Promise<Outcome> {
  const n = points.length / 2;
  const scratch = `bench_peers_${process.pid}`;
  const admin = new Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (e) {
    return { skipped: `PostgreSQL not reachable at ${PG_URL} (${(e as Error).message})` };
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(PG_URL);
    url.pathname = `/${scratch}`;
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    try {
      try {
        await db.query('CREATE EXTENSION postgis');
      } catch (e) {
        return { skipped: `PostGIS not installed (${(e as Error).message})` };
      }
      const version = (await db.query<{ v: string }>('SELECT postgis_lib_version() AS v')).rows[0]?.v ?? '?';
      const t0 = performance.now();
      await db.query('CREATE TABLE division (id int PRIMARY KEY, geom geometry(MultiPolygon, 4326))');
      await db.query(
        `INSERT INTO division
         SELECT (i - 1)::int, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326))
         FROM unnest($1::text[]) WITH ORDINALITY AS t(g, i)`,
        [s.geojson.features.map((f) => JSON.stringify(f.geometry))],
      );
      await db.query(
        'CREATE TABLE division_part AS SELECT id, ST_Subdivide(geom, 256) AS geom FROM division',
      );
      await db.query('CREATE INDEX ON division_part USING gist (geom)');
      await db.query('ANALYZE division_part');
      const buildSeconds = (performance.now() - t0) / 1000;
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        xs.push(points[2 * i] as number);
        ys.push(points[2 * i + 1] as number);
      }
      await db.query(
        `CREATE TABLE point AS
         SELECT (i - 1)::int AS i, ST_SetSRID(ST_MakePoint(x, y), 4326) AS geom
         FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(x, y, i)`,
        [xs, ys],
      );
      await db.query('ANALYZE point');
      // A point on the cut between two pieces of one division meets both: count the division once.
      const join = `SELECT DISTINCT p.i, d.id FROM point p JOIN division_part d ON ST_Intersects(d.geom, p.geom)`;
      // Reading every pair, to compare answers, also warms the cache before the timed rounds.
      const rows = (await db.query<{ i: number; id: number }>(join)).rows;
      const seconds: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        await db.query(`SELECT count(*) FROM (${join}) m`);
        seconds.push((performance.now() - t) / 1000);
      }
      return {
        label: `PostGIS ${version}, ST_Subdivide(256) + GiST`,
        rates: seconds.map((sec) => n / sec),
        buildSeconds,
        answers: answersFrom(
          n,
          rows.map((r) => [r.i, r.id] as const),
        ),
      };
    } finally {
      await db.end();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/** shapely through tools/bench/shapely_peer.py, which times its own loop and prints JSON. */
function viaShapely(s: GeoSet, points: Float64Array, rounds: number): Outcome {
  const n = points.length / 2;
  const python = process.env['BENCH_PYTHON'] ?? 'python3';
  const dir = mkdtempSync(join(tmpdir(), 'bench-peers-'));
  try {
    const divisions = join(dir, 'divisions.geojson');
    const pointsFile = join(dir, 'points.f64');
    const pairsFile = join(dir, 'pairs.i32');
    writeFileSync(divisions, JSON.stringify(s.geojson));
    writeFileSync(pointsFile, Buffer.from(points.buffer, points.byteOffset, points.byteLength));
    const run = spawnSync(
      python,
      [join(__dirname, 'shapely_peer.py'), divisions, pointsFile, pairsFile, String(rounds)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (run.error) return { skipped: `shapely not installed (no ${python}: ${run.error.message})` };
    if (run.status !== 0) return { skipped: `shapely failed: ${run.stderr.trim().split('\n').pop() ?? ''}` };
    const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      missing?: string;
      version: string;
      buildSeconds: number;
      rates: number[];
    };
    if (out.missing) return { skipped: `shapely: ${out.missing}` };
    const raw = readFileSync(pairsFile);
    const ints = new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    const pairs: [number, number][] = [];
    for (let k = 0; k + 1 < ints.length; k += 2) pairs.push([ints[k] as number, ints[k + 1] as number]);
    return {
      label: `shapely ${out.version}, STRtree + prepared, vectorised`,
      rates: out.rates,
      buildSeconds: out.buildSeconds,
      answers: answersFrom(n, pairs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many points the two name different divisions for (on a boundary, where tolerances differ). */
function differences(a: readonly string[], b: readonly string[]): number {
  let differ = 0;
  a.forEach((x, i) => (differ += x === b[i] ? 0 : 1));
  return differ;
}

const range = (rates: readonly number[]) =>
  `${Math.round(Math.min(...rates)).toLocaleString('en-GB')}–${Math.round(Math.max(...rates)).toLocaleString('en-GB')}`;

export interface PeersBenchOptions {
  readonly quick: boolean;
  readonly points: number;
}

/** Item 7: libs/geo against PostGIS and shapely, when present, on the same points, in one run. */
export async function peersBench(
  sets: readonly GeoSet[],
  positions: readonly [number, number][],
  opts: PeersBenchOptions,
): Promise<{ rows: Row[]; details: unknown; skipped: string[] }> {
  const points = peerPoints(positions, opts.points);
  const n = opts.points.toLocaleString('en-GB');
  const rounds = 3;
  const rows: Row[] = [];
  const details: Record<string, unknown>[] = [];
  const skipped = new Set<string>();
  for (const s of sets) {
    progress(`peers: ${n} points on ${s.label}, libs/geo`);
    const after = viaMatchPoints(s.set, points, rounds);
    const before = viaMatchGeometry(s.set, points, opts.quick ? 1 : rounds);
    progress(`peers: ${n} points on ${s.label}, PostGIS`);
    const postgis = await viaPostgis(s, points, rounds);
    progress(`peers: ${n} points on ${s.label}, shapely`);
    const shapely = viaShapely(s, points, rounds);
    const load = loadavg()[0]?.toFixed(1) ?? '?';
    // What the point index adds to a boundary upload: its build against loading the divisions.
    const t0 = performance.now();
    loadDivisions(s.geojson);
    const loadSeconds = (performance.now() - t0) / 1000;
    const ix = after.index;
    rows.push({
      item: 7,
      measure: `point index for ${s.label}: built once per set of boundaries`,
      value: ix.buildMs / 1000,
      unit: 's',
      baseline: loadSeconds,
      baselineLabel: 'loading and checking the same divisions',
      ratio: ix.buildMs / 1000 / loadSeconds,
      ratioMeans: 'of the load time',
      note:
        `${(ix.bytes / 1_048_576).toFixed(1)} MB: ${ix.topCells.toLocaleString('en-GB')} top cells, ` +
        `${ix.blocks.toLocaleString('en-GB')} blocks of 16, ${ix.leaves.toLocaleString('en-GB')} cells near a boundary ` +
        `down to ${ix.leafMetres.toFixed(1)} m; load average ${load}`,
    });
    details.push({
      set: s.label,
      points: opts.points,
      loadAverage: load,
      contestants: [after, before, postgis, shapely].map((c) =>
        'skipped' in c
          ? c
          : {
              label: c.label,
              rates: c.rates,
              buildSeconds: c.buildSeconds,
              ...('index' in c ? { index: c.index } : {}),
              differentPoints: differences(after.answers, c.answers),
            },
      ),
    });
    for (const peer of [postgis, shapely]) {
      if ('skipped' in peer) {
        skipped.add(`skipped: ${peer.skipped}`);
        continue;
      }
      const theirs = median(peer.rates);
      for (const mine of [after, before]) {
        const rate = median(mine.rates);
        rows.push({
          item: 7,
          measure: `${n} points through ${mine.label}, ${s.label}`,
          value: rate,
          unit: 'points/s',
          baseline: theirs,
          baselineLabel: peer.label,
          ratio: rate / theirs,
          ratioMeans: 'faster',
          note:
            `${differences(mine.answers, peer.answers).toLocaleString('en-GB')} of the ${n} points given other divisions by the peer; ` +
            `${rounds} rounds each: libs/geo ${range(mine.rates)}, peer ${range(peer.rates)} points/s; ` +
            `${mine === after ? `point index built in ${after.buildSeconds.toFixed(2)} s` : 'index built as the divisions load'}, peer's index in ${peer.buildSeconds.toFixed(2)} s; load average ${load}`,
        });
      }
    }
  }
  for (const line of skipped) progress(`peers: ${line}`);
  return { rows, details, skipped: [...skipped] };
}
