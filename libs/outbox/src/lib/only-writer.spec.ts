import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** SQL or TypeORM that changes the notifications table. */
const WRITES = [
  /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+notifications\b/i,
  /\.(insert|update|delete|save|upsert|remove|softDelete|increment|decrement)\(\s*NotificationEntity\b/,
  /getRepository\(\s*NotificationEntity\s*\)/,
  /InjectRepository\(\s*NotificationEntity\s*\)/,
];

/**
 * Source files of every app and library; tests set up their own rows and are left out, as are the
 * schema's migrations (a step back to an older version may have to settle rows that version cannot read).
 */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return ['node_modules', 'dist', 'test', 'e2e', 'migrations'].includes(e.name) ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.spec\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function writers(): string[] {
  return ['apps', 'libs']
    .flatMap((d) => sources(join(ROOT, d)))
    .filter((f) => WRITES.some((w) => w.test(readFileSync(f, 'utf8'))))
    .map((f) => relative(ROOT, f))
    .sort();
}

describe('the outbox is the one owner of the notifications table', () => {
  it('only libs/outbox changes notification rows', () => {
    const found = writers();
    // The search does find writes: the repository's own.
    expect(found).toContain('libs/outbox/src/lib/notification.repository.ts');
    expect(found.filter((f) => !f.startsWith('libs/outbox/'))).toEqual([]);
  });
});
