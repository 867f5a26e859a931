import { GeoInputError } from './geo-error';

// The largest real division in the fixtures (Launde) has 6,603 points and the largest real
// council's file (Kent) 117,415; the caps leave more than ten times that. They keep the
// geometry a request can make the API build (index, topology, stored copy) within its memory.
export const MAX_DIVISION_VERTICES = 100_000;
export const MAX_FILE_VERTICES = 1_200_000;

export interface VertexLimits {
  /** Points one division may have, counting every ring of every polygon. */
  readonly perDivision: number;
  /** Points the whole file may have. */
  readonly perFile: number;
}

export const DEFAULT_VERTEX_LIMITS: VertexLimits = {
  perDivision: MAX_DIVISION_VERTICES,
  perFile: MAX_FILE_VERTICES,
};

/** A file with more points than the limits allow: refused before any geometry is built. */
export class GeoTooLargeError extends GeoInputError {
  constructor(problems: readonly string[]) {
    super(problems.join('; '), problems);
    this.name = 'GeoTooLargeError';
  }
}

// A MultiPolygon, the deepest geometry, holds its positions four arrays down.
const MAX_DEPTH = 4;

/**
 * The positions in a GeoJSON `coordinates` value, counted without copying it: an array whose first
 * item is a number is one position, any other array is counted through, no deeper than a
 * MultiPolygon's (what lies deeper is malformed, and the geometry check names it).
 */
function countPositions(v: unknown, depth: number): number {
  if (!Array.isArray(v) || depth > MAX_DEPTH) return 0;
  if (typeof v[0] === 'number') return 1;
  let n = 0;
  for (const item of v) n += countPositions(item, depth + 1);
  return n;
}

/** The points of a geometry (any type; malformed parts count 0). */
export function geometryVertexCount(geometry: unknown): number {
  if (typeof geometry !== 'object' || geometry === null || !('coordinates' in geometry)) return 0;
  return countPositions(geometry.coordinates, 1);
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * Throws a GeoTooLargeError naming each division over the per-division cap, and the file's total
 * when it is over the per-file cap. `labelOf` names a feature as the person who sent it knows it.
 */
export function checkVertexLimits(
  geometries: readonly unknown[],
  labelOf: (i: number) => string,
  limits: VertexLimits = DEFAULT_VERTEX_LIMITS,
): void {
  const problems: string[] = [];
  let total = 0;
  geometries.forEach((g, i) => {
    const n = geometryVertexCount(g);
    total += n;
    if (n > limits.perDivision)
      problems.push(
        `${labelOf(i)} has ${fmt(n)} points; at most ${fmt(limits.perDivision)} are allowed per division`,
      );
  });
  if (total > limits.perFile)
    problems.push(
      `the file has ${fmt(total)} points in all; at most ${fmt(limits.perFile)} are allowed per file`,
    );
  if (problems.length) throw new GeoTooLargeError(problems);
}
