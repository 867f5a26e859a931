import { addressGroup, prune } from './sign-in-limiter';

/** Links one e-mail address may be sent in a window, and requests one caller address may make. */
export const LINKS_PER_ADDRESS = 3;
export const REQUESTS_PER_CALLER = 20;
export const LINK_WINDOW_MS = 15 * 60_000;
const MAX_ENTRIES = 100_000;

/**
 * Fixed windows per e-mail address and per caller (IPv6 by /64), so nobody can fill a councillor's
 * inbox or use the form to probe many addresses. Both are counted whether the address is known.
 */
export class EmailLinkLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts the request; gives the seconds to wait and why when it is over a limit, else null. */
  take(email: string, caller: string): { why: string; wait: number } | null {
    const t = this.now();
    const byAddress = this.peek(`e:${email}`, t);
    const byCaller = this.peek(`c:${addressGroup(caller)}`, t);
    if (byCaller.count >= REQUESTS_PER_CALLER) {
      return { why: 'too many sign-in links have been asked for from your address', wait: wait(byCaller, t) };
    }
    if (byAddress.count >= LINKS_PER_ADDRESS) {
      return {
        why: `no more than ${LINKS_PER_ADDRESS} sign-in links are sent to one e-mail address in 15 minutes`,
        wait: wait(byAddress, t),
      };
    }
    byAddress.count += 1;
    byCaller.count += 1;
    return null;
  }

  private peek(key: string, t: number): { count: number; endsAt: number } {
    let w = this.windows.get(key);
    if (!w || w.endsAt <= t) {
      w = { count: 0, endsAt: t + LINK_WINDOW_MS };
      this.windows.delete(key);
      this.windows.set(key, w);
      prune(this.windows, MAX_ENTRIES);
    }
    return w;
  }
}

function wait(w: { endsAt: number }, t: number): number {
  return Math.max(1, Math.ceil((w.endsAt - t) / 1000));
}
