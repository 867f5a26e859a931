import type { DivisionSet, MatchResult } from '@member-alerts/geo';
import type { AlertEvent } from '../event/alert-event.types';
import { EventValidationError } from '../event/event-validation-error';
import { AREA_MATCHES, type ParsedEvent } from '../event/parsed-event';
import type { AreaSource, KindPolicy } from '../policy/policy.types';

/** What decided the affected divisions. */
export type AreaBasis = 'countywide' | 'divisions' | AreaSource;

export interface AffectedDivisions {
  readonly basis: AreaBasis;
  readonly names: string[];
  /** Flaws of the geometry that matching worked round, with the field named. */
  readonly warnings?: readonly string[];
}

export const NO_AREA_MESSAGE =
  'say where: give a location (a GeoJSON geometry or Feature), divisions (a list of names) or countywide: true';

/** Which ways of saying where an event gives. */
export type AreaGiven = Readonly<Record<AreaBasis, boolean>>;

export function areaGiven(event: AlertEvent): AreaGiven {
  return {
    countywide: event.countywide === true,
    divisions: (event.divisions?.length ?? 0) > 0,
    location: event.location !== undefined,
    affectedArea: event.affectedArea !== undefined,
  };
}

/** The whole area (countywide: true) beats named divisions, which beat geometry; the kind says which geometry counts first. */
export function areaBasis(given: AreaGiven, rule: KindPolicy): AreaBasis | undefined {
  if (given.countywide) return 'countywide';
  if (given.divisions) return 'divisions';
  return rule.area.find((source) => given[source]);
}

// As String#localeCompare, with one collator rather than one per comparison.
const byName = new Intl.Collator().compare;

/** Divisions a geometry lies in or crosses, by name. */
export function touchedDivisions(match: MatchResult): string[] {
  return match.divisions
    .filter((d) => d.relation !== 'nearby')
    .map((d) => d.name)
    .sort(byName);
}

export function outsideMessage(match: MatchResult): string {
  return `is ${match.message ?? 'outside the council area'}`;
}

/** The divisions an event affects: every one, the named ones, or those its geometry touches. */
export function affectedDivisions(
  event: ParsedEvent,
  rule: KindPolicy,
  divisions: DivisionSet,
): AffectedDivisions {
  const basis = areaBasis(areaGiven(event), rule);
  switch (basis) {
    case 'countywide':
      return { basis, names: [...divisions.names].sort(byName) };
    case 'divisions': {
      const names = (event.divisions ?? []).map((n) => divisions.resolveName(n) ?? n);
      return { basis, names: [...new Set(names)].sort(byName) };
    }
    case 'location':
    case 'affectedArea': {
      const match = event[AREA_MATCHES][basis];
      if (match === undefined) {
        throw new Error(`the event's ${basis} was not matched: plan only an event parseEvent returned`);
      }
      if (match.outsideCouncilArea) {
        throw new EventValidationError([{ field: basis, message: outsideMessage(match) }]);
      }
      const warnings = (match.warnings ?? []).map((w) => `${basis}: ${w}`);
      return { basis, names: touchedDivisions(match), ...(warnings.length ? { warnings } : {}) };
    }
    case undefined:
      throw new EventValidationError([{ field: 'location', message: NO_AREA_MESSAGE }]);
  }
}
