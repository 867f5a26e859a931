import type { GeometryLimits } from '@member-alerts/geo';

/**
 * The largest location or affected area an event may have. The largest real division in the
 * fixtures has 6,603 points and a boundary of 130 km; a large council's whole outline runs for
 * 300–380 km. A line of points scattered across its area would run for thousands.
 */
export const LOCATION_LIMITS: GeometryLimits = {
  maxPoints: 10_000,
  maxParts: 500,
  maxLengthMetres: 500_000,
};
