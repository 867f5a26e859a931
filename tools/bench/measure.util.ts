import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const started = performance.now();

/** Milliseconds since the epoch, with sub-millisecond precision, comparable between processes. */
export const clock = (): number => performance.timeOrigin + performance.now();

/** One line of progress, with the seconds since the bench began. */
export function progress(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stdout.write(`[${s}s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}

/** Operations per second of `op` over `items`, cycling through them for at least `minMs`. */
export function rate<T>(items: readonly T[], op: (item: T) => unknown, minMs: number): number {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  // Every operation measured here takes microseconds or more, so reading the clock each time costs little.
  while (t - t0 < minMs || n === 0) {
    op(items[n % items.length] as T);
    n++;
    t = performance.now();
  }
  return n / ((t - t0) / 1000);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** The value below which `p` per cent of `xs` lie (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

/**
 * Rates of a subject and its baseline, measured in alternating rounds so that both see the same
 * noise from the other tenants of a shared machine; the medians are compared.
 */
export function compareRates<T>(
  items: readonly T[],
  subject: (item: T) => unknown,
  baseline: (item: T) => unknown,
  opts: { rounds: number; minMs: number; baselineMinMs?: number },
): { subject: number; baseline: number; ratio: number } {
  // Warm both up so the JIT has compiled them before the clock runs.
  rate(items, subject, 50);
  rate(items, baseline, 50);
  const s: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    s.push(rate(items, subject, opts.minMs));
    b.push(rate(items, baseline, opts.baselineMinMs ?? opts.minMs));
  }
  const subjectRate = median(s);
  const baselineRate = median(b);
  return { subject: subjectRate, baseline: baselineRate, ratio: subjectRate / baselineRate };
}

/** Resident memory of a process, now and at its peak, in bytes (Linux /proc); NaN once it has gone. */
export function processMemory(pid: number): { rss: number; peak: number } {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rss: NaN, peak: NaN };
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

/** Starts a new peak-memory window for the process (Linux: writing 5 to clear_refs resets VmHWM). */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export const MB = 1024 * 1024;

/** A small deterministic generator (mulberry32), so every run uses the same synthetic inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
