import { matchGeometry, type Crs, type DivisionSet, type MatchResult } from '@member-alerts/geo';
import { LOCATION_LIMITS } from './location-limits';

interface Remembered {
  readonly crs: Crs | undefined;
  readonly match: MatchResult;
}

// The checked copies of locations that parseEvent makes, with what they matched. Registering an
// event checks it and then plans it, and planning checks it again before it finds the affected
// divisions: without this the same geometry was matched three times. Only the copies made here are
// remembered, never a caller's object, and a parsed event is read-only.
const remembered = new WeakMap<DivisionSet, WeakMap<object, Remembered>>();

/**
 * Matches a location against the divisions, within LOCATION_LIMITS, reusing the match of a checked
 * copy parseEvent made.
 */
export function matchLocation(divisions: DivisionSet, input: unknown, crs: Crs | undefined): MatchResult {
  if (typeof input === 'object' && input !== null) {
    const hit = remembered.get(divisions)?.get(input);
    if (hit && hit.crs === crs) return hit.match;
  }
  return matchGeometry(divisions, input, { limits: LOCATION_LIMITS, ...(crs ? { crs } : {}) });
}

/** Remembers the match of a checked copy of a location. */
export function rememberMatch(
  divisions: DivisionSet,
  copy: object,
  crs: Crs | undefined,
  match: MatchResult,
): void {
  let forSet = remembered.get(divisions);
  if (!forSet) {
    forSet = new WeakMap();
    remembered.set(divisions, forSet);
  }
  forSet.set(copy, { crs, match });
}
