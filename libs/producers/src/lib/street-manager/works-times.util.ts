import { londonInstant } from '@member-alerts/protocol';

// The schema types proposed_*_date and proposed_*_time as date-times, but live messages give the
// date as midnight (in UTC or London time) and the time as null, "13:50" or a full date-time.

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;
const LAST_MINUTE = 23 * 60 + 59;

function instant(v: unknown): Date | undefined {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * When works start or end, from the proposed date and time. With no time, they start at the
 * beginning of the London day and end at its last minute.
 */
export function worksInstant(date: unknown, time: unknown, end: boolean): Date | undefined {
  const day = instant(date);
  if (!day) return undefined;
  const at = instant(time);
  if (at) return at;
  const clock = typeof time === 'string' ? CLOCK.exec(time.trim()) : null;
  if (clock) return londonInstant(day, Number(clock[1]) * 60 + Number(clock[2]));
  if (time !== undefined && time !== null && time !== '') return undefined;
  return londonInstant(day, end ? LAST_MINUTE : 0);
}
