/** Failed sign-ins an address may make before it must wait; then each further one doubles the wait. */
const FREE_FAILURES = 10;
const FIRST_WAIT_MS = 1_000;
const LONGEST_WAIT_MS = 15 * 60_000;
/** An address's record is forgotten this long after its last failure or the end of its wait. */
const FORGET_AFTER_MS = 15 * 60_000;
/** A key that worked this recently still works from an address that is waiting (see README, Roles). */
const KNOWN_GOOD_MS = 7 * 24 * 3600_000;
const MAX_ENTRIES = 100_000;

interface Failures {
  count: number;
  blockedUntil: number;
  forgetAt: number;
}

/**
 * Counts wrong API keys per caller address, with exponential backoff. While an address waits, a key
 * that signed in successfully in the last week is let through, so one attacker behind a shared
 * address (a council office's NAT) cannot lock out the colleagues already working; any other key is
 * refused unchecked, so the waiting address learns nothing from further guesses.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, Failures>();
  private readonly knownGood = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds the address must wait before this key is checked; 0 to check it now. */
  waitSeconds(address: string, keyHash: string): number {
    const f = this.failures.get(addressGroup(address));
    const t = this.now();
    if (!f || f.blockedUntil <= t) return 0;
    if ((this.knownGood.get(keyHash) ?? 0) > t) return 0;
    return Math.max(1, Math.ceil((f.blockedUntil - t) / 1000));
  }

  failed(caller: string): void {
    const address = addressGroup(caller);
    const t = this.now();
    let f = this.failures.get(address);
    if (!f || f.forgetAt < t) f = { count: 0, blockedUntil: 0, forgetAt: 0 };
    f.count += 1;
    if (f.count >= FREE_FAILURES) {
      const wait = Math.min(FIRST_WAIT_MS * 2 ** Math.min(f.count - FREE_FAILURES, 30), LONGEST_WAIT_MS);
      f.blockedUntil = t + wait;
    }
    f.forgetAt = Math.max(t, f.blockedUntil) + FORGET_AFTER_MS;
    this.failures.delete(address); // re-inserted last, so the oldest records are pruned first
    this.failures.set(address, f);
    prune(this.failures, MAX_ENTRIES);
  }

  succeeded(keyHash: string): void {
    this.knownGood.delete(keyHash);
    this.knownGood.set(keyHash, this.now() + KNOWN_GOOD_MS);
    prune(this.knownGood, MAX_ENTRIES);
  }
}

/**
 * One record per IPv4 address, and per /64 for IPv6, since one subscriber is handed a whole /64.
 * An IPv4 address seen through a dual-stack socket (::ffff:192.0.2.1) counts as itself.
 */
export function addressGroup(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4?.[1]) return v4[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Bounds memory under a flood of addresses or keys: drop the least recently touched. */
export function prune<V>(m: Map<string, V>, max: number): void {
  for (const k of m.keys()) {
    if (m.size <= max) return;
    m.delete(k);
  }
}
