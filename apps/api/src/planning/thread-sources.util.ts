import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from '@swc/core';

const ROOT = join(__dirname, '../../../..');

// What a planning thread runs: the pure libraries and the thread's own files, nothing else.
const FOLDERS = ['libs/geo/src', 'libs/protocol/src', 'libs/roster/src'];
const FILES = ['apps/api/src/planning/plan.thread.ts', 'apps/api/src/planning/plan-task.ts'];

export interface ThreadSources {
  /** Module name → file, from tsconfig.base.json's paths. */
  readonly aliases: Record<string, string>;
  /** File → its JavaScript (CommonJS), compiled as the API's own loader compiles it. */
  readonly compiled: Record<string, string>;
}

/**
 * Compiles, here, the TypeScript a planning thread runs. The API's loader (@swc-node/register) is a
 * native addon, and a thread that ends mid-task with it loaded takes the whole process down with a
 * segmentation fault; so threads load JavaScript compiled once by this thread (apps/api/bin/plan-thread.js).
 */
export function threadSources(): ThreadSources {
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> };
  };
  const aliases = Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([name, [file]]) => [name, join(ROOT, file)]),
  );
  const files = [
    ...FOLDERS.flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
        .map((f) => join(ROOT, folder, f)),
    ),
    ...FILES.map((f) => join(ROOT, f)),
  ];
  const compiled: Record<string, string> = {};
  for (const filename of files) {
    compiled[filename] = transformSync(readFileSync(filename, 'utf8'), {
      filename,
      swcrc: false,
      configFile: false,
      sourceMaps: 'inline',
      module: { type: 'commonjs' },
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
    }).code;
  }
  return { aliases, compiled };
}
