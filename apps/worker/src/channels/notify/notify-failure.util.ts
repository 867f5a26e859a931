import type { FailureVerdict } from '../channel';

/** What an operator must hear of at once: the key, or this machine's clock, keeps every message from going. */
export type NotifyAlert = 'key' | 'clock';

/** Notify's error body: `{status_code, errors: [{error, message}]}`. */
interface NotifyErrorBody {
  status_code?: number;
  errors?: { error?: string; message?: string }[];
}

/** An axios error as the Notify client rejects with: the answer, when there was one, and a code otherwise. */
interface ClientError {
  code?: string;
  message?: string;
  response?: { status?: number; data?: unknown };
}

export interface NotifyFailure {
  readonly verdict: FailureVerdict;
  /** Set when an operator must act (a wrong or revoked key, or a wrong clock). */
  readonly alert?: NotifyAlert;
}

/** Backs off for consecutive rate limits: the wait doubles from `baseMs` up to a minute, jittered. */
export function rateLimitDelay(
  baseMs: number,
  consecutive: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(60_000, baseMs * 2 ** Math.max(0, consecutive - 1));
  // Between half and the whole of the ceiling, so that workers paused together do not return together.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Milliseconds until the next midnight UTC, when Notify's daily limits start again. */
export function untilMidnightUtc(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return next - now.getTime();
}

/**
 * What a failed call to GOV.UK Notify means, by its documented answers: 400 is a refusal for good;
 * 403 is a wrong or revoked key (or a clock adrift), which no retry mends and an operator must fix;
 * 429 `RateLimitError` slows every send down, with jitter as Notify sends no Retry-After; 429
 * `TooManyRequestsError` is the daily limit, so sending waits for midnight UTC; 5xx and a lost
 * connection are retried.
 */
export function classifyNotifyFailure(
  e: unknown,
  context: { now: Date; rateLimitDelayMs: number },
): NotifyFailure {
  const err = (e ?? {}) as ClientError;
  const status = err.response?.status;
  const errors = errorsOf(err.response?.data);
  const kind = errors[0]?.error ?? '';
  const said = oneLine(
    errors
      .map((x) => x.message ?? '')
      .filter(Boolean)
      .join('; '),
  );
  const reason = said ? `GOV.UK Notify said: ${said}` : describe(err, status);
  if (status === undefined) {
    // No answer: the request may or may not have reached Notify; the retry looks it up first.
    return { verdict: { verdict: 'retry', reason } };
  }
  if (status === 400) return { verdict: { verdict: 'permanent', cause: 'refused', reason } };
  if (status === 403) {
    const clock = /system clock/i.test(said);
    return {
      verdict: {
        verdict: 'permanent',
        cause: 'technical',
        reason: clock
          ? `${reason} (this machine's clock is wrong: GOV.UK Notify refuses every message until it is set right)`
          : `${reason} (the GOV.UK Notify API key is wrong or revoked: set NOTIFY_API_KEY to a working key)`,
      },
      alert: clock ? 'clock' : 'key',
    };
  }
  if (status === 429 && kind === 'TooManyRequestsError') {
    return {
      verdict: {
        verdict: 'rate-limited',
        delayMs: untilMidnightUtc(context.now),
        reason: `${reason} (the daily limit: sending starts again after midnight UTC)`,
      },
    };
  }
  if (status === 429) {
    return {
      verdict: { verdict: 'rate-limited', delayMs: context.rateLimitDelayMs, reason },
    };
  }
  // A 5xx may have come after Notify stored the message; the retry looks it up first.
  if (status >= 500) return { verdict: { verdict: 'retry', reason } };
  return { verdict: { verdict: 'permanent', cause: 'technical', reason } };
}

function errorsOf(data: unknown): { error?: string; message?: string }[] {
  if (typeof data !== 'object' || data === null) return [];
  const errors = (data as NotifyErrorBody).errors;
  return Array.isArray(errors) ? errors : [];
}

function describe(err: ClientError, status: number | undefined): string {
  if (status !== undefined) return `GOV.UK Notify answered ${status}`;
  const what =
    err.code === 'ECONNABORTED' || err.code === 'ETIMEDOUT' ? 'no answer in time' : (err.code ?? '');
  return oneLine(`could not reach GOV.UK Notify: ${what}${err.message ? ` (${err.message})` : ''}`);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 500);
