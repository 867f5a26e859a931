/**
 * BullMQ's limiter counts jobs in fixed windows: at most `max` jobs start in a window of `duration`
 * ms, and a new window opens when the next job comes after the last one closed. Windows may follow
 * each other with no gap, so any 60 seconds, wherever they start, meet at most
 * ceil(60 000 / duration) + 1 windows. The limiter below keeps that many windows' jobs within the
 * relay's limit, with windows of about a second, so the rate comes as close to the limit as the
 * rule allows (the limit less one window's jobs: 590 for 600, 29 for 30).
 */
export interface RelayLimiter {
  readonly max: number;
  readonly duration: number;
}

/** The smallest limit the rule can hold: with one job a window, two windows can meet in a minute. */
export const MIN_RELAY_PER_MINUTE = 2;

export function relayLimiter(perMinute: number): RelayLimiter {
  if (!Number.isInteger(perMinute) || perMinute < MIN_RELAY_PER_MINUTE)
    throw new RangeError(`a relay limit must be a whole number of at least ${MIN_RELAY_PER_MINUTE} a minute`);
  const max = Math.max(1, Math.floor(perMinute / 60));
  // Windows a minute may meet, less the one a minute can reach into at either end.
  const windows = Math.floor(perMinute / max) - 1;
  return { max, duration: Math.ceil(60_000 / windows) };
}

/** The most jobs the limiter lets start in any `spanMs` milliseconds, wherever they start. */
export function mostInAnySpan(limiter: RelayLimiter, spanMs: number): number {
  return (Math.ceil(spanMs / limiter.duration) + 1) * limiter.max;
}
