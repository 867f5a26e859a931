import type { Position } from 'geojson';
import type { SupportedGeometry } from './geometry.util';
import { METRES_PER_DEGREE } from './planar.util';

/** The most a geometry may hold, so that checking and matching it stays quick. */
export interface GeometryLimits {
  /** Positions in all, the closing position of each ring included. */
  readonly maxPoints: number;
  /** Points of a MultiPoint, lines of a MultiLineString, rings of polygons (outer rings and holes). */
  readonly maxParts: number;
  /** Length of every line and every ring edge together, in metres. */
  readonly maxLengthMetres: number;
}

const count = (n: number) => n.toLocaleString('en-GB');

function partsOf(g: SupportedGeometry): Position[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
      return g.coordinates.map((p) => [p]);
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
  }
}

/** How far a geometry exceeds the point and part limits, in words; empty when it does not. */
export function sizeProblems(g: SupportedGeometry, limits: GeometryLimits): string[] {
  const parts = partsOf(g);
  const points = parts.reduce((n, part) => n + part.length, 0);
  const out: string[] = [];
  if (points > limits.maxPoints) {
    out.push(`has ${count(points)} points; at most ${count(limits.maxPoints)} are allowed`);
  }
  if (parts.length > limits.maxParts) {
    out.push(
      `has ${count(parts.length)} parts (points, lines or polygon rings); at most ${count(limits.maxParts)} are allowed`,
    );
  }
  return out;
}

/** Metres along every line and ring of a WGS84 geometry; over one council's area the flat-earth error is under 1%. */
export function lengthMetres(g: SupportedGeometry): number {
  let metres = 0;
  for (const part of partsOf(g)) {
    for (let i = 1; i < part.length; i++) {
      const [lonA, latA] = part[i - 1] as [number, number];
      const [lonB, latB] = part[i] as [number, number];
      const kx = Math.cos((((latA + latB) / 2) * Math.PI) / 180);
      metres += Math.hypot((lonB - lonA) * kx, latB - latA) * METRES_PER_DEGREE;
    }
  }
  return metres;
}

/** How far a WGS84 geometry exceeds the length limit, in words; empty when it does not. */
export function lengthProblems(g: SupportedGeometry, limits: GeometryLimits): string[] {
  const metres = lengthMetres(g);
  if (metres <= limits.maxLengthMetres) return [];
  const km = (m: number) => count(Math.round(m / 1000));
  return [
    `its lines and polygon edges run for ${km(metres)} km in all; at most ${km(limits.maxLengthMetres)} km are allowed`,
  ];
}
