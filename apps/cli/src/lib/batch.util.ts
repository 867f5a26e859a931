import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { GeoInputError } from '@member-alerts/geo';
import { EventValidationError } from '@member-alerts/protocol';
import { CliError } from './cli-error';
import { idOf, readTextFile } from './input.util';
import { progress, type Output } from './output.util';

export interface BatchLine {
  readonly id: string | number | null;
  readonly n: number;
  readonly value: unknown;
}

export interface BatchResult {
  /** The JSON to print with --json (without the id, which is added). */
  readonly json: Record<string, unknown>;
  readonly text: string;
}

/**
 * Runs `handle` on each line of a newline-delimited JSON file. A bad line prints
 * `{"id":…,"error":"…"}` and the rest go on; progress and a summary go to stderr.
 */
export async function runBatch(
  path: string,
  what: { file: string; verb: string; noun: string },
  out: Output,
  handle: (line: BatchLine) => BatchResult,
): Promise<void> {
  readTextFile(path, what.file); // fails early with a clear message when missing
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  const tick = progress((t) => out.note(t), what.verb);
  let n = 0;
  let errors = 0;
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    n++;
    let id: string | number | null = null;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line) as unknown;
      } catch {
        throw new GeoInputError('not valid JSON');
      }
      id = idOf(value);
      const r = handle({ id, n, value });
      out.line(out.json ? JSON.stringify({ id, ...r.json }) : `${id ?? `line ${n}`}${r.text}`);
    } catch (e) {
      if (!(e instanceof GeoInputError || e instanceof EventValidationError)) throw e;
      errors++;
      const fields = e instanceof EventValidationError ? { errors: e.errors } : {};
      out.line(
        out.json
          ? JSON.stringify({ id, error: `line ${n}: ${e.message}`, ...fields })
          : `${id ?? `line ${n}`}: error: ${e.message}`,
      );
    }
    tick(n);
  }
  if (n === 0) throw new CliError(`${what.file} "${path}" has no lines`);
  out.note(
    `${what.verb === 'match' ? 'matched' : 'planned'} ${n - errors} of ${n} ${what.noun}${errors ? `; ${errors} had errors` : ''}`,
  );
}
