import { describe, expect, it } from 'vitest';
import { MIN_RELAY_PER_MINUTE, mostInAnySpan, relayLimiter } from './relay-limiter';

describe('relayLimiter: the relay limit as BullMQ fixed windows', () => {
  it.each([
    // limit a minute, jobs a window, window ms, most in any minute, steady rate a minute
    [2, 1, 60_000, 2, 1],
    [30, 1, 2_069, 30, 29],
    [60, 1, 1_017, 60, 59],
    [600, 10, 1_017, 600, 590],
    [3_000, 50, 1_017, 3_000, 2_950],
  ])('%i a minute: %i per %i ms window', (limit, max, duration, most, steady) => {
    const l = relayLimiter(limit);
    expect(l).toEqual({ max, duration });
    expect(mostInAnySpan(l, 60_000)).toBe(most);
    expect(Math.round((60_000 / l.duration) * l.max)).toBe(steady);
  });

  it('never lets any minute hold more than the limit, and keeps within 5% of it from 21 a minute up', () => {
    for (let limit = MIN_RELAY_PER_MINUTE; limit <= 60_000; limit++) {
      const l = relayLimiter(limit);
      expect(mostInAnySpan(l, 60_000), `limit ${limit}`).toBeLessThanOrEqual(limit);
      if (limit >= 21) expect((60_000 / l.duration) * l.max, `limit ${limit}`).toBeGreaterThanOrEqual(limit * 0.95);
    }
  });

  it('refuses a limit it cannot hold', () => {
    expect(() => relayLimiter(1)).toThrow('at least 2 a minute');
    expect(() => relayLimiter(12.5)).toThrow('whole number');
  });
});
