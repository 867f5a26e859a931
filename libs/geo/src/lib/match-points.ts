import type { DivisionSet } from './division-set';
import { GeoInputError } from './geo-error';
import type { PointIndex, PointMatches } from './point-index';

export type { PointMatches } from './point-index';

/**
 * Matches a batch of WGS84 points, given as [lon, lat, lon, lat, …], against the divisions. Most
 * points are answered from the point index with no geometry test; those near a boundary are tested
 * against the few edges there. `index` is the set's own (built on first use) unless the caller holds
 * one built for the same set.
 */
export function matchPoints(
  set: DivisionSet,
  lonLat: ArrayLike<number>,
  index: PointIndex = set.pointIndex,
): PointMatches {
  if (lonLat.length % 2 !== 0) {
    throw new GeoInputError('the points must be pairs of longitude and latitude; one number is left over');
  }
  const points = lonLat instanceof Float64Array ? lonLat : Float64Array.from(lonLat);
  return index.matchAll(points, set.index.projection);
}
