import { readFileSync, statSync } from 'node:fs';
import { loadDivisions, type DivisionSet, type LoadDivisionsOptions } from '@member-alerts/geo';
import { CliError, UsageError } from './cli-error';

export function readTextFile(path: string, what: string): string {
  return readBytesFile(path, what).toString('utf8');
}

/** A file's bytes as they are (an e-mail names its own charset). */
export function readBytesFile(path: string, what: string): Buffer {
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${what} "${path}" is a directory, not a file`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : (e as Error).message;
    throw new CliError(`${what} "${path}" ${why}`);
  }
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads `--geometry`: inline GeoJSON, or `@path` to a file holding it. */
export function readGeoJsonArgument(value: string): unknown {
  if (value.startsWith('@'))
    return parseJson(readTextFile(value.slice(1), 'geometry file'), `geometry file "${value.slice(1)}"`);
  return parseJson(value, '--geometry');
}

export function requireOption(value: string | undefined, flag: string, hint = ''): string {
  if (value === undefined || value === '')
    throw new UsageError(`${flag} is required${hint ? `: ${hint}` : ''}`);
  return value;
}

export function loadDivisionsFile(path: string, options: LoadDivisionsOptions = {}): DivisionSet {
  const text = readTextFile(path, 'divisions file');
  return loadDivisions(text, options);
}

export function parseNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`${flag} must be a number, got "${value}"`);
  return n;
}

/** The `id` of a batch line (a Feature's id, or properties.id), or null. */
export function idOf(feature: unknown): string | number | null {
  if (!feature || typeof feature !== 'object') return null;
  const f = feature as { id?: unknown; properties?: { id?: unknown } | null };
  const id = f.id ?? f.properties?.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}
