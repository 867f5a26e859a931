import { describe, expect, it } from 'vitest';
import { classifyNotifyFailure, rateLimitDelay, untilMidnightUtc } from './notify-failure.util';

// The Notify client's failures as axios rejects with them: an answer in `response`, or only a code.
const answer = (status: number, errors: { error: string; message: string }[]) => ({
  message: `Request failed with status code ${status}`,
  response: { status, data: { status_code: status, errors } },
});
const noAnswer = (code: string, message: string) => ({ code, message });
const at = { now: new Date('2026-12-07T21:15:00Z'), rateLimitDelayMs: 5_000 };

describe('what a GOV.UK Notify failure means', () => {
  it.each([
    [
      answer(400, [{ error: 'ValidationError', message: 'email_address Not a valid email address' }]),
      'permanent',
    ],
    [answer(400, [{ error: 'BadRequestError', message: 'Template not found' }]), 'permanent'],
    [answer(403, [{ error: 'AuthError', message: 'Invalid token: API key not found' }]), 'permanent'],
    [
      answer(429, [
        {
          error: 'RateLimitError',
          message: 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds',
        },
      ]),
      'rate-limited',
    ],
    [
      answer(429, [{ error: 'TooManyRequestsError', message: 'Exceeded send limits (250000) for today' }]),
      'rate-limited',
    ],
    [answer(500, [{ error: 'Exception', message: 'Internal server error' }]), 'retry'],
    [noAnswer('ECONNABORTED', 'timeout of 20000ms exceeded'), 'retry'],
    [noAnswer('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443'), 'retry'],
    [answer(404, [{ error: 'BadRequestError', message: 'Not Found' }]), 'permanent'],
  ])('%o: %s', (failure, verdict) => {
    expect(classifyNotifyFailure(failure, at).verdict.verdict).toBe(verdict);
  });

  it("keeps all of Notify's words for the officer, and tells a refused message from a wrong key", () => {
    const two = classifyNotifyFailure(
      answer(400, [
        { error: 'ValidationError', message: 'email_address is a required property' },
        { error: 'ValidationError', message: 'Additional properties are not allowed (cc was unexpected)' },
      ]),
      at,
    );
    expect(two.verdict).toEqual({
      verdict: 'permanent',
      cause: 'refused',
      reason:
        'GOV.UK Notify said: email_address is a required property; Additional properties are not allowed (cc was unexpected)',
    });
    const key = classifyNotifyFailure(
      answer(403, [{ error: 'AuthError', message: 'Invalid token: API key not found' }]),
      at,
    );
    expect(key).toMatchObject({ alert: 'key', verdict: { cause: 'technical' } });
    const clock = classifyNotifyFailure(
      answer(403, [
        { error: 'AuthError', message: 'Error: Your system clock must be accurate to within 30 seconds' },
      ]),
      at,
    );
    expect(clock.alert).toBe('clock');
    expect(
      classifyNotifyFailure(noAnswer('ECONNABORTED', 'timeout of 20000ms exceeded'), at).verdict.reason,
    ).toBe('could not reach GOV.UK Notify: no answer in time (timeout of 20000ms exceeded)');
  });

  it('waits for midnight UTC at the daily limit, and backs off with jitter for the rate limit', () => {
    const daily = classifyNotifyFailure(
      answer(429, [{ error: 'TooManyRequestsError', message: 'Exceeded send limits (250000) for today' }]),
      at,
    );
    expect(daily.verdict).toMatchObject({ verdict: 'rate-limited', delayMs: 165 * 60_000 });
    expect(untilMidnightUtc(new Date('2026-12-31T23:59:59Z'))).toBe(1_000);
    expect(rateLimitDelay(1_000, 1, () => 0)).toBe(500);
    expect(rateLimitDelay(1_000, 1, () => 1)).toBe(1_000);
    expect(rateLimitDelay(1_000, 3, () => 1)).toBe(4_000);
    expect(rateLimitDelay(30_000, 10, () => 1)).toBe(60_000);
  });
});
