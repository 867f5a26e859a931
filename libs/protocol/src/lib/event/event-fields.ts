import type { AlertEvent } from './alert-event.types';

/**
 * Every field of an event, in the order they are documented and their errors are listed. The API's
 * schema and the change wording are checked against this list, so a field added here and not
 * described there does not compile.
 */
export const EVENT_FIELDS = [
  'id',
  'kind',
  'title',
  'description',
  'venue',
  'location',
  'crs',
  'divisions',
  'countywide',
  'affectedArea',
  'startsAt',
  'endsAt',
  'opensAt',
  'closesAt',
  'respondBy',
  'contact',
  'link',
  'body',
  'portfolio',
  'service',
  'topics',
  'servesAdjoining',
  'controversial',
  'individualServiceComplaint',
  'major',
  'notifyAdjoining',
  'escalate',
] as const satisfies readonly (keyof AlertEvent)[];

export type EventField = (typeof EVENT_FIELDS)[number];
