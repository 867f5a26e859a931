import type { FailureVerdict } from '../channel';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
  'ESOCKET',
  'ECONNECTION',
  'ETIMEDOUT',
  'EDNS',
  'EPROTOCOL',
]);

interface SmtpError {
  responseCode?: number;
  response?: string;
  code?: string;
  message?: string;
}

/**
 * What an SMTP failure means. 421 (service not available) and 451 (local error, try later): the
 * relay is busy or throttling us, which says nothing of this message; every send would meet the same
 * answer, so the whole worker waits instead of spending this message's attempts. Other 4xx and
 * network errors are retried; 5xx is a refusal for good; anything else is our own fault.
 */
export function classifySmtpFailure(e: unknown, busyDelayMs: number): FailureVerdict {
  const err = (e ?? {}) as SmtpError;
  const reason = describeFailure(e);
  const code = err.responseCode;
  if (code === 421 || code === 451) return { verdict: 'rate-limited', delayMs: busyDelayMs, reason };
  if (typeof code === 'number') {
    if (code >= 500) return { verdict: 'permanent', cause: 'refused', reason };
    if (code >= 400) return { verdict: 'retry', reason };
  }
  if (err.code && NETWORK_CODES.has(err.code)) return { verdict: 'retry', reason };
  return { verdict: 'permanent', cause: 'technical', reason };
}

/** The server's words, for the officer: "550 5.1.1 no such user". Never a stack trace. */
function describeFailure(e: unknown): string {
  const err = (e ?? {}) as SmtpError;
  const text = err.response ?? (err.code ? `${err.code}: ${err.message ?? ''}` : (err.message ?? String(e)));
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
