/** Everything the commands print goes through here, so `--json` keeps stdout pure JSON. */
export interface Output {
  readonly json: boolean;
  /** A result: JSON when --json, else text. */
  result(value: unknown, text: () => string): void;
  /** One line of newline-delimited output. */
  line(text: string): void;
  /** Warnings and progress: always stderr. */
  note(text: string): void;
}

export function createOutput(
  json: boolean,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Output {
  return {
    json,
    result: (value, text) => out.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`),
    line: (text) => out.write(`${text}\n`),
    note: (text) => err.write(`${text}\n`),
  };
}

/** Lays out rows as a plain-text table with a header rule. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

/** Reports progress on stderr at most every `everyMs`, so long runs show they are alive. */
export function progress(note: (t: string) => void, label: string, everyMs = 1000) {
  let last = Date.now();
  return (done: number, force = false) => {
    const now = Date.now();
    if (force || now - last >= everyMs) {
      last = now;
      note(`${label}: ${done.toLocaleString('en-GB')} done`);
    }
  };
}
