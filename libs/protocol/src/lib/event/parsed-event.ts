import type { MatchResult } from '@member-alerts/geo';
import type { AlertEvent } from './alert-event.types';

/** What parseEvent's checked locations matched, for planning without matching them again. */
export interface AreaMatches {
  readonly location?: MatchResult;
  readonly affectedArea?: MatchResult;
}

// Only parseEvent sets this key, so an object carrying it is an event parseEvent checked. A symbol
// key is copied by a spread but left out of JSON, so stored events keep only their fields.
export const AREA_MATCHES: unique symbol = Symbol('what the locations of a parsed event matched');

/**
 * An event parseEvent checked against one council's divisions and policy, with what its locations
 * matched there. Plan it with the same divisions.
 */
export type ParsedEvent = AlertEvent & { readonly [AREA_MATCHES]: AreaMatches };

/**
 * A parsed event as plain data, to cross to or from a worker thread: a structured clone leaves
 * symbol keys out, and with them what the locations matched.
 */
export interface PortableEvent {
  readonly event: AlertEvent;
  readonly matches: AreaMatches;
}

export function toPortable(parsed: ParsedEvent): PortableEvent {
  return { event: { ...parsed }, matches: parsed[AREA_MATCHES] };
}

/** Only for what toPortable made of an event parseEvent checked, on the other side of a thread. */
export function fromPortable(p: PortableEvent): ParsedEvent {
  return { ...p.event, [AREA_MATCHES]: p.matches };
}
