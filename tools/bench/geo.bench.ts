import * as turf from '@turf/turf';
import { loadDivisions, matchGeometry, type DivisionSet } from '@member-alerts/geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { affectedAreas, points, postcodePositions, roadWorks, scatteredLines, spread } from './inputs.util';
import { compareRates, progress } from './measure.util';
import type { Row } from './report.util';

type Divisions = FeatureCollection<Polygon | MultiPolygon>;

export interface GeoSet {
  readonly label: string;
  readonly geojson: Divisions;
  readonly set: DivisionSet;
}

export function geoSet(label: string, text: string): GeoSet {
  const geojson = JSON.parse(text) as Divisions;
  return { label, geojson, set: loadDivisions(geojson) };
}

function nameOf(f: Feature): string {
  const p = f.properties ?? {};
  return String(p['Division_n'] ?? p['name']);
}

/** What a user would write without an index: test the geometry against every division in turn. */
function naive(divisions: Divisions, geometry: Geometry): string[] {
  const out: string[] = [];
  for (const f of divisions.features) {
    const hit =
      geometry.type === 'Point'
        ? turf.booleanPointInPolygon(geometry, f)
        : turf.booleanIntersects(geometry, f);
    if (hit) out.push(nameOf(f));
  }
  return out;
}

function viaLibsGeo(set: DivisionSet, geometry: Geometry): string[] {
  return matchGeometry(set, geometry)
    .divisions.filter((d) => d.relation !== 'nearby')
    .map((d) => d.name);
}

/**
 * Share of inputs for which both approaches name the same divisions: a check, not timed. The naive
 * side is slow on the large set, so it checks as many as fit in `budgetMs` (at least ten).
 */
function agreement(
  s: GeoSet,
  inputs: readonly Geometry[],
  budgetMs: number,
): { share: number; checked: number } {
  let same = 0;
  let checked = 0;
  const end = Date.now() + budgetMs;
  for (const g of inputs) {
    if (checked >= 10 && Date.now() > end) break;
    const a = viaLibsGeo(s.set, g).sort().join('|');
    const b = naive(s.geojson, g).sort().join('|');
    if (a === b) same++;
    checked++;
  }
  return { share: same / checked, checked };
}

export interface GeoBenchOptions {
  readonly quick: boolean;
}

/** Vertices of the scattered lines: as many as an event's location may have. */
const SCATTERED_VERTICES = 10_000;
/** Turf takes seconds over a large council for one scattered line; those are measured on real counties only. */
const SCATTERED_AT_MOST_DIVISIONS = 200;

/** Item 1: geographic matching through libs/geo against Turf over every division. */
export function geoBench(sets: readonly GeoSet[], opts: GeoBenchOptions): { rows: Row[]; details: unknown } {
  const positions = spread(postcodePositions(), opts.quick ? 400 : 2_000);
  const kinds: { kind: string; unit: string; inputs: Geometry[] }[] = [
    { kind: 'points', unit: 'points/s', inputs: points(positions) },
    { kind: 'road-works lines', unit: 'lines/s', inputs: roadWorks(positions, 7) },
    { kind: 'affected-area polygons', unit: 'polygons/s', inputs: affectedAreas(positions, 11) },
  ];
  const rows: Row[] = [];
  const details: Record<string, unknown>[] = [];
  for (const s of sets) {
    const scattered =
      s.set.size <= SCATTERED_AT_MOST_DIVISIONS
        ? [
            {
              kind: `scattered ${SCATTERED_VERTICES.toLocaleString('en-GB')}-point lines`,
              unit: 'lines/s',
              inputs: scatteredLines(s.geojson, opts.quick ? 2 : 4, SCATTERED_VERTICES, 13),
            },
          ]
        : [];
    for (const k of [...kinds, ...scattered]) {
      progress(`geo: ${k.kind} on ${s.label}`);
      const agree = agreement(s, spread(k.inputs, 200), opts.quick ? 1_000 : 2_500);
      const r = compareRates(
        k.inputs,
        (g) => viaLibsGeo(s.set, g),
        (g) => naive(s.geojson, g),
        { rounds: opts.quick ? 2 : 3, minMs: opts.quick ? 300 : 700 },
      );
      details.push({ set: s.label, kind: k.kind, ...r, agreement: agree.share, checked: agree.checked });
      rows.push({
        item: 1,
        measure: `match ${k.kind}, ${s.label}`,
        value: r.subject,
        unit: k.unit,
        baseline: r.baseline,
        baselineLabel: 'Turf over every division',
        ratio: r.ratio,
        ratioMeans: 'faster',
        note: `${(agree.share * 100).toFixed(1)}% of ${agree.checked} sampled inputs give the same divisions`,
      });
    }
  }
  return { rows, details };
}
