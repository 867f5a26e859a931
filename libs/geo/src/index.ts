export { GeoInputError } from './lib/geo-error';
export { type Crs, parseCrs, bngToLonLat, lonLatToBng } from './lib/crs.util';
export { type ReadGeometry, type SupportedGeometry, readGeometry } from './lib/geometry.util';
export { type GeometryLimits } from './lib/geometry-limits';
export { type Division, type GeoWarning, DivisionSet, foldDivisionName } from './lib/division-set';
export { type LoadDivisionsOptions, loadDivisions } from './lib/load-divisions';
export {
  type DivisionMatch,
  type MatchOptions,
  type MatchRelation,
  type MatchResult,
  MAX_WITHIN_METRES,
  matchGeometry,
  matchReadGeometry,
} from './lib/match';
export { type PointMatches, matchPoints } from './lib/match-points';
export { PointIndex, type PointIndexStats } from './lib/point-index';
export { BOUNDARY_TOLERANCE_M } from './lib/planar.util';
export { MIN_SHARED_EDGE_M } from './lib/topology';
export {
  type VertexLimits,
  DEFAULT_VERTEX_LIMITS,
  GeoTooLargeError,
  MAX_DIVISION_VERTICES,
  MAX_FILE_VERTICES,
  geometryVertexCount,
} from './lib/vertex-limits';
export { DISPLAY_TOLERANCE_M, simplifyForDisplay } from './lib/simplify.util';
export { interiorPoint } from './lib/interior-point';
export {
  POSTCODE,
  type PostcodePlace,
  postcodeKey,
  postcodeShown,
  readPostcodeCsv,
} from './lib/postcode-csv.util';
