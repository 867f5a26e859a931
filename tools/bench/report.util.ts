import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** One figure: what Member Alerts did, what the baseline did in the same run, and their ratio. */
export interface Row {
  readonly item: number;
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: number;
  readonly baselineLabel: string;
  /** value / baseline, or baseline / value where lower is better (said in `ratioMeans`). */
  readonly ratio: number;
  readonly ratioMeans: string;
  readonly note?: string;
}

export interface Results {
  readonly startedAt: string;
  readonly quick: boolean;
  readonly machine: Record<string, unknown>;
  readonly rows: Row[];
  readonly details: Record<string, unknown>;
  seconds?: number;
}

export function newResults(quick: boolean): Results {
  const cpu = cpus();
  return {
    startedAt: new Date().toISOString(),
    quick,
    machine: {
      cpus: cpu.length,
      model: cpu[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    rows: [],
    details: {},
  };
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const a = Math.abs(n);
  if (a >= 1000) return Math.round(n).toLocaleString('en-GB');
  if (a >= 100) return n.toFixed(0);
  if (a >= 10) return n.toFixed(1);
  if (a >= 1) return n.toFixed(2);
  return n.toPrecision(2);
}

/** The table as Markdown, for the terminal and for the README alike. */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| # | measure | Member Alerts | baseline (same run) | ratio |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.item} | ${r.measure} | ${fmt(r.value)} ${r.unit} | ${r.baselineLabel}: ${fmt(r.baseline)} ${r.unit} | **${fmt(r.ratio)}×** ${r.ratioMeans} |`,
    ),
  ];
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.measure}: ${r.note ?? ''}`);
  return [...lines, ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}

export function writeResults(file: string, results: Results): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
