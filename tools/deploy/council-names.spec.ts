import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/dockerfile';

// A council runs from its data alone: its name, its words ("the whole county") and its rules are in
// its folder of fixtures and its policy file, and no code names one council or calls every council
// a county. The API's `countywide` field keeps its name; prose says "the whole area".

/** Where a council's own things may be named: its data, the docs, and the tests that run on it. */
const NOT_CODE: readonly RegExp[] = [
  /^fixtures\//,
  /\.md$/,
  /\.(spec|e2e\.spec)\.tsx?$/,
  /(^|\/)(test|e2e|support)\//,
  // Test helpers and benchmarks read the bundled councils' real data by name.
  /^tools\/(testing|bench)\//,
  /(^|\/)policy\.ya?ml$/,
  /^libs\/protocol\/policy\.schema\.json$/,
  /^package-lock\.json$/,
];

const NAMES: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'names Leicestershire', pattern: /leicestershire/i },
  { what: 'calls the council a county', pattern: /\bcount(y|ies)\b/i },
  // Prose: "a countywide plan"; the field itself (`countywide: true`, plan.countywide) is allowed.
  { what: 'says "countywide" in prose', pattern: /\b(a|an|the|or|when|to) countywide\b(?!\s*:)|Countywide/ },
];

function codeFiles(): string[] {
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return tracked
    .split('\n')
    .filter((f) => f && /\.(ts|tsx|mts|mjs|js|cjs|json|ya?ml|html|scss|sh)$|Dockerfile|\.example$/.test(f))
    .filter((f) => !NOT_CODE.some((r) => r.test(f)));
}

/** "apps/x.ts:12: names Leicestershire", for each line of code that names a council. */
export function councilNamesIn(files: readonly string[], read: (f: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) =>
        NAMES.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${file}:${i + 1}: ${what}`),
      ),
  );
}

describe('no code names a council', () => {
  it('finds the names it looks for, and allows the API field countywide', () => {
    const lines: Record<string, string> = {
      'a.ts': "const f = join('fixtures', 'leicestershire');",
      'b.ts': '// over one county the error is small',
      'c.ts': "reason: 'a countywide consultation'",
      'd.ts': 'if (plan.countywide) return { countywide: true }; // or countywide: true',
      'e.ts': "const area = 'the whole area';",
    };
    expect(councilNamesIn(Object.keys(lines), (f) => lines[f] ?? '')).toEqual([
      'a.ts:1: names Leicestershire',
      'b.ts:1: calls the council a county',
      'c.ts:1: says "countywide" in prose',
    ]);
  });

  it('finds none in the source outside fixtures, policy files, docs and tests', () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(300);
    expect(councilNamesIn(files, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
  });
});
