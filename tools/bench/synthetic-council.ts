import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const ROOT = join(__dirname, '..', '..');
export const COUNTIES = ['leicestershire', 'nottinghamshire', 'hertfordshire'] as const;
/** Degrees of latitude and longitude per grid cell: about 1.1 km by 1.8 km in the East Midlands. */
const STEP_DEGREES = 0.016;
export const SYNTHETIC_DIVISIONS = 5_000;

type Division = Feature<Polygon | MultiPolygon, { name: string; seats: number }>;

export function readCounty(county: string): FeatureCollection<Polygon | MultiPolygon> {
  return JSON.parse(
    readFileSync(join(ROOT, 'fixtures', county, 'divisions.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>;
}

function divisionName(f: Feature): string {
  const p = f.properties ?? {};
  return String(p['Division_n'] ?? p['name']);
}

/**
 * Cuts every real division of the three counties into grid cells. Each cell is the division clipped
 * to a grid square: Sutherland–Hodgman first (fast, but it leaves zero-width bridges on concave
 * shapes), then a polygon intersection with the square to clean those away. A boundary two divisions
 * share is clipped from the same vertices on both sides, so neighbours still share exact edges and
 * adjacency still works; cells of one division share the grid lines.
 */
function subdivide(limit: number, progress: (done: number, total: number) => void): Division[] {
  const out: Division[] = [];
  const features = COUNTIES.flatMap((c) => readCounty(c).features);
  features.forEach((f, k) => {
    if (k % 20 === 0) progress(k, features.length);
    const [x0, y0, x1, y1] = turf.bbox(f);
    const name = divisionName(f);
    // The grid is anchored on whole multiples of the step, so the cells of neighbouring divisions
    // line up too.
    const gx0 = Math.floor(x0 / STEP_DEGREES);
    const gy0 = Math.floor(y0 / STEP_DEGREES);
    for (let gx = gx0; gx * STEP_DEGREES < x1; gx++) {
      for (let gy = gy0; gy * STEP_DEGREES < y1; gy++) {
        const box: [number, number, number, number] = [
          gx * STEP_DEGREES,
          gy * STEP_DEGREES,
          (gx + 1) * STEP_DEGREES,
          (gy + 1) * STEP_DEGREES,
        ];
        const clipped = turf.bboxClip(f, box).geometry;
        const parts =
          clipped.type === 'Polygon'
            ? [clipped.coordinates]
            : clipped.type === 'MultiPolygon'
              ? clipped.coordinates
              : [];
        const polys = parts.filter((p) => (p[0]?.length ?? 0) >= 4);
        if (polys.length === 0) continue;
        const cell = turf.intersect(
          turf.featureCollection<Polygon | MultiPolygon>(
            [turf.multiPolygon(polys).geometry, turf.bboxPolygon(box).geometry].map((g) => turf.feature(g)),
          ),
        );
        if (!cell) continue;
        out.push({
          type: 'Feature',
          properties: { name: `${name} r${gy - gy0}c${gx - gx0}`, seats: 2 },
          geometry: cell.geometry,
        });
      }
    }
  });
  progress(features.length, features.length);
  // Leicestershire and Nottinghamshire whole, then Hertfordshire until the count is reached.
  return out.slice(0, limit);
}

/**
 * The synthetic council of SYNTHETIC_DIVISIONS divisions, as GeoJSON text. It takes several seconds
 * to make, so it is kept under var/bench/cache, keyed by the inputs.
 */
export function syntheticDivisions(progress: (done: number, total: number) => void): string {
  const key = createHash('sha256')
    .update(`v1|${STEP_DEGREES}|${SYNTHETIC_DIVISIONS}`)
    .update(COUNTIES.map((c) => readFileSync(join(ROOT, 'fixtures', c, 'divisions.geojson'))).join('|'))
    .digest('hex')
    .slice(0, 12);
  const file = join(ROOT, 'var', 'bench', 'cache', `divisions-${SYNTHETIC_DIVISIONS}-${key}.geojson`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const divisions = subdivide(SYNTHETIC_DIVISIONS, progress);
  if (divisions.length < SYNTHETIC_DIVISIONS) {
    throw new Error(`the grid made only ${divisions.length} cells; make STEP_DEGREES smaller`);
  }
  const text = JSON.stringify({ type: 'FeatureCollection', features: divisions });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return text;
}

export interface SyntheticMember {
  readonly externalId: string;
  readonly name: string;
  readonly email: string;
  readonly division: string;
}

/** `perDivision` fictional members for each division, with addresses on a reserved domain. */
export function syntheticMembers(divisionNames: readonly string[], perDivision: number): SyntheticMember[] {
  const out: SyntheticMember[] = [];
  divisionNames.forEach((division, d) => {
    for (let k = 0; k < perDivision; k++) {
      const n = d * perDivision + k + 1;
      const id = `s${String(n).padStart(5, '0')}`;
      out.push({ externalId: id, name: `Member ${id}`, email: `${id}@members.bench.example`, division });
    }
  });
  return out;
}
