import type { DivisionSet } from './division-set';
import { GeoInputError } from './geo-error';
import { BOUNDARY_TOLERANCE_M, projectX, projectY } from './planar.util';
import { NO_DIVISION, TEST_EXACTLY } from './point-grid';

/**
 * The divisions of many points at once. Point i lies in divisions[start[i]] … divisions[start[i + 1] - 1],
 * indexes into the set's divisions in name order: the same divisions `matchGeometry` names for that
 * point on its own (two where the point is on a shared boundary, none outside the council area).
 */
export interface PointMatches {
  readonly start: Int32Array;
  readonly divisions: Int32Array;
}

// Each set's divisions ranked by name, worked out once: sorting names for every batch would cost more than the batch.
const ranks = new WeakMap<DivisionSet, Int32Array>();

function nameRank(set: DivisionSet): Int32Array {
  let rank = ranks.get(set);
  if (!rank) {
    const names = set.divisions.map((d) => d.name);
    const order = names
      .map((_, i) => i)
      .sort((a, b) => (names[a] as string).localeCompare(names[b] as string));
    rank = new Int32Array(names.length);
    order.forEach((d, r) => ((rank as Int32Array)[d] = r));
    ranks.set(set, rank);
  }
  return rank;
}

/**
 * Matches a batch of WGS84 points, given as [lon, lat, lon, lat, …], against the divisions. Most
 * points are answered from a precomputed grid with no geometry test; those near a boundary get the
 * exact test `matchGeometry` makes.
 */
export function matchPoints(set: DivisionSet, lonLat: ArrayLike<number>): PointMatches {
  if (lonLat.length % 2 !== 0) {
    throw new GeoInputError('the points must be pairs of longitude and latitude; one number is left over');
  }
  const n = lonLat.length / 2;
  const index = set.index;
  const grid = index.pointGrid;
  const proj = index.projection;
  const tol = BOUNDARY_TOLERANCE_M;
  // First the grid's answer for every point, in a loop that reads nothing but numbers: this is
  // where nearly all the time goes.
  const fromGrid = new Int32Array(n);
  const { x0, y0, cell, cols, rows, answers } = grid;
  const { lon0, lat0, kx, ky } = proj;
  let exact = 0;
  for (let i = 0; i < n; i++) {
    const lon = lonLat[2 * i] as number;
    const lat = lonLat[2 * i + 1] as number;
    // The comparisons are false for NaN, so a missing number is refused too.
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      throw new GeoInputError(
        `point ${i + 1} is not a WGS84 [longitude, latitude] position (longitude from -180 to 180, latitude from -90 to 90)`,
      );
    }
    // As PointGrid.at, inlined.
    const ci = Math.floor(((lon - lon0) * kx - x0) / cell);
    const cj = Math.floor(((lat - lat0) * ky - y0) / cell);
    const answer =
      ci < 0 || cj < 0 || ci >= cols || cj >= rows ? NO_DIVISION : (answers[cj * cols + ci] as number);
    fromGrid[i] = answer;
    if (answer === TEST_EXACTLY) exact++;
  }
  const start = new Int32Array(n + 1);
  let divisions = new Int32Array(n + exact);
  let used = 0;
  const rank = nameRank(set);
  const found = new Int32Array(set.divisions.length);
  for (let i = 0; i < n; i++) {
    const answer = fromGrid[i] as number;
    if (answer !== TEST_EXACTLY) {
      if (answer !== NO_DIVISION) divisions[used++] = answer;
      start[i + 1] = used;
      continue;
    }
    const x = projectX(proj, lonLat[2 * i] as number);
    const y = projectY(proj, lonLat[2 * i + 1] as number);
    const count = grid.edges.divisionsAt(x, y, tol, found, 0);
    if (used + count > divisions.length) {
      const grown = new Int32Array(divisions.length * 2 + count);
      grown.set(divisions);
      divisions = grown;
    }
    // In name order, as matchGeometry gives them: an insertion sort of the two or three found.
    for (let a = 0; a < count; a++) {
      const d = found[a] as number;
      let b = used + a;
      while (b > used && (rank[divisions[b - 1] as number] as number) > (rank[d] as number)) {
        divisions[b] = divisions[b - 1] as number;
        b--;
      }
      divisions[b] = d;
    }
    used += count;
    start[i + 1] = used;
  }
  return { start, divisions: divisions.slice(0, used) };
}
