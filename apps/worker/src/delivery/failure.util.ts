/** How an SMTP failure is treated: retried later, or never (the address or message is refused). */
export type FailureClass = 'transient' | 'permanent' | 'technical';

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
 * 421 (service not available) and 451 (local error, try later): the relay is busy or throttling us,
 * which says nothing of this message. Every send would meet the same answer, so the whole worker
 * waits instead of spending this message's attempts.
 */
export function isRelayBusy(e: unknown): boolean {
  const code = ((e ?? {}) as SmtpError).responseCode;
  return code === 421 || code === 451;
}

/** Thrown by a send the relay turned away for now; the worker pauses and takes the job again later. */
export class RelayBusyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RelayBusyError';
  }
}

export function classifyFailure(e: unknown): FailureClass {
  const err = (e ?? {}) as SmtpError;
  if (typeof err.responseCode === 'number') {
    if (err.responseCode >= 500) return 'permanent';
    if (err.responseCode >= 400) return 'transient';
  }
  if (err.code && NETWORK_CODES.has(err.code)) return 'transient';
  return 'technical';
}

/** The server's words, for the officer: "550 5.1.1 no such user". Never a stack trace. */
export function describeFailure(e: unknown): string {
  const err = (e ?? {}) as SmtpError;
  const text = err.response ?? (err.code ? `${err.code}: ${err.message ?? ''}` : (err.message ?? String(e)));
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
