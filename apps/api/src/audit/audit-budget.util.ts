import { addressGroup, prune } from '../auth/sign-in-limiter';

/** Refusals from one address that are audited in one window; the rest are only logged. */
export const AUDITED_REFUSALS_PER_WINDOW = 20;
export const AUDIT_WINDOW_MS = 10 * 60_000;
const MAX_ADDRESSES = 10_000;

/** Whether to audit this refusal, and whether it is the last one audited this window. */
export type AuditTurn = 'audit' | 'last' | 'skip';

/**
 * Bounds the audit lines that refusals from one caller address write: anyone can send a public
 * route messages that fail its checks, and each audited refusal is a row kept for ever.
 */
export class AuditBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(
    private readonly perWindow = AUDITED_REFUSALS_PER_WINDOW,
    private readonly now: () => number = Date.now,
  ) {}

  take(caller: string): AuditTurn {
    const address = addressGroup(caller);
    const t = this.now();
    let w = this.windows.get(address);
    if (!w || t - w.start >= AUDIT_WINDOW_MS) w = { start: t, used: 0 };
    w.used += 1;
    this.windows.delete(address); // re-inserted last, so the oldest are pruned first
    this.windows.set(address, w);
    prune(this.windows, MAX_ADDRESSES);
    if (w.used < this.perWindow) return 'audit';
    return w.used === this.perWindow ? 'last' : 'skip';
  }
}
