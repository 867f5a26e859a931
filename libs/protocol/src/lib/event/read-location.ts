import {
  GeoInputError,
  matchReadGeometry,
  readGeometry,
  type Crs,
  type DivisionSet,
  type MatchResult,
} from '@member-alerts/geo';
import type { EventLocation, FieldError } from './alert-event.types';
import { isRecord, type RawEvent } from './field-readers.util';
import { LOCATION_LIMITS } from './location-limits';

export interface ReadLocation {
  readonly value: EventLocation;
  readonly match: MatchResult;
}

/** Drops the field name libs/geo puts at the start of its messages, since the FieldError names it. */
function withoutLabel(problem: string, field: string): string {
  return problem.startsWith(field) ? problem.slice(field.length).replace(/^:?\s*/, '') : problem;
}

/**
 * Reads a GeoJSON geometry or Feature field once and matches it against the divisions, so that bad
 * GeoJSON and eastings/northings given as WGS84 are caught here, with the field named.
 */
export function readLocation(
  raw: RawEvent,
  field: 'location' | 'affectedArea',
  divisions: DivisionSet,
  crs: Crs | undefined,
  errors: FieldError[],
): ReadLocation | undefined {
  const input = raw[field];
  if (input === undefined || input === null) return undefined;
  try {
    const read = readGeometry(input, field, LOCATION_LIMITS);
    const match = matchReadGeometry(divisions, read, { limits: LOCATION_LIMITS, ...(crs ? { crs } : {}) });
    const declared = read.declaredCrs ? { crs: read.declaredCrs } : {};
    // A checked two-dimensional copy, keeping a Feature's properties and the declared CRS.
    const value: EventLocation =
      isRecord(input) && input['type'] === 'Feature'
        ? {
            type: 'Feature',
            geometry: read.geometry,
            properties: isRecord(input['properties']) ? input['properties'] : null,
            ...declared,
          }
        : { ...read.geometry, ...declared };
    return { value, match };
  } catch (e) {
    if (!(e instanceof GeoInputError)) throw e;
    for (const problem of e.problems) errors.push({ field, message: withoutLabel(problem, field) });
    return undefined;
  }
}
