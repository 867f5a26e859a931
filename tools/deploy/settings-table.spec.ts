import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/dockerfile';

// Every setting the product reads is in the README's settings table, and the table names none
// that nothing reads, so someone deploying it learns of each one there.

/** Where the API, the worker, the command-line tool and `npm start` read their settings. */
const SOURCES = [
  'apps/api/src',
  'apps/api/bin',
  'apps/worker/src',
  'apps/worker/bin',
  'apps/cli/src',
  'apps/cli/bin',
  'libs',
  'tools/start',
  'tools/dev-oidc',
];

/** Read from the environment, but not the product's to set. */
const NOT_SETTINGS: Readonly<Record<string, string>> = {
  PATH: 'where npm start looks for redis-server',
  SWC_NODE_PROJECT: 'set by the bin scripts themselves for the TypeScript loader',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => !/\.spec\.ts$|\.d\.mts$|(^|\/)(test|support|node_modules)\//.test(f));
}

const NAME = '[A-Z][A-Z0-9_]*';
const READS = [
  // env['X'], process.env['X']
  new RegExp(`env\\[\\s*'(${NAME})'\\s*\\]`, 'g'),
  // env.X, process.env.X
  new RegExp(`env\\.(${NAME})\\b`, 'g'),
  // the config readers' helpers: intVar(env, 'X', …), url(env, 'X', …)
  new RegExp(`\\(\\s*env\\s*,\\s*'(${NAME})'`, 'g'),
  // a settings schema, keyed by variable name: { X: wholeNumber(…), Y: webAddress(…) }
  new RegExp(`^\\s*(${NAME}): (?:wholeNumber|webAddress|yesNo|oneOf|matching|text|existingFile)\\(`, 'gm'),
];

/** Every environment variable the product's code reads, with a file that reads it. */
function readByCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const names = READS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1] ?? ''));
    // A config reader names some settings once, in a constant it then reads through (OIDC_VARS).
    if (/config(\.util)?\.ts$/.test(file))
      names.push(...[...text.matchAll(/(?<!Symbol\()'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g)].map((m) => m[1] ?? ''));
    for (const n of names) if (n && !found.has(n)) found.set(n, file);
  }
  return found;
}

/** The names in the first column of the README's settings table (the one headed "variable"). */
function inReadmeTable(): Set<string> {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*variable\s*\|/.test(l));
  expect(start, 'the README has no settings table headed "variable"').toBeGreaterThan(-1);
  const names = new Set<string>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(new RegExp(`\`(${NAME})\``, 'g'))) names.add(m[1] ?? '');
  }
  return names;
}

describe('the README settings table', () => {
  it('lists every setting the API, the worker, the command-line tool and npm start read, and no other', () => {
    const code = readByCode();
    for (const n of Object.keys(NOT_SETTINGS)) code.delete(n);
    const table = inReadmeTable();
    const notInReadme = [...code].filter(([n]) => !table.has(n)).map(([n, file]) => `${n} (read in ${file})`);
    const readByNothing = [...table].filter((n) => !code.has(n));
    expect({ notInReadme, readByNothing }).toEqual({ notInReadme: [], readByNothing: [] });
    expect(code.size).toBeGreaterThan(40);
  });
});
