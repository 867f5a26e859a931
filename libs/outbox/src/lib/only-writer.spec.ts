import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** How a file would query a table, by its SQL name and its entity's name. */
function queriesOf(table: string, entity: string): readonly RegExp[] {
  return [
    // Raw SQL that reads or changes the table.
    new RegExp(`\\b(FROM|JOIN|INTO|UPDATE|DELETE\\s+FROM|TABLE)\\s+${table}\\b`, 'i'),
    // TypeORM on the entity: the manager's reads and writes, query builders and repositories.
    new RegExp(
      `\\.(find\\w*|count\\w*|exists\\w*|sum|average|minimum|maximum|insert|update|delete|save|upsert|remove|softDelete|increment|decrement|createQueryBuilder|from|innerJoin\\w*|leftJoin\\w*)\\(\\s*${entity}\\b`,
    ),
    new RegExp(`getRepository\\(\\s*${entity}\\s*\\)`),
    new RegExp(`InjectRepository\\(\\s*${entity}\\s*\\)`),
  ];
}

/** Each table with a repository, the files that own its queries, and how a query of it looks. */
const OWNED = [
  {
    table: 'notifications',
    owners: [
      'libs/outbox/src/lib/notification.repository.ts',
      // The read model of reports and held notices, and the compliance report's statement.
      'libs/outbox/src/lib/notification-reports.ts',
      'libs/outbox/src/lib/compliance-report.sql.ts',
    ],
    queries: queriesOf('notifications', 'NotificationEntity'),
  },
  {
    table: 'sign_in_links',
    owners: ['libs/outbox/src/lib/sign-in-link.repository.ts'],
    queries: queriesOf('sign_in_links', 'SignInLinkEntity'),
  },
] as const;

/**
 * Source files of every app and library; tests set up their own rows and are left out, and so are
 * the migrations, which make the tables.
 */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return ['node_modules', 'dist', 'test', 'e2e', 'migrations'].includes(e.name) ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.spec\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function queriers(queries: readonly RegExp[]): string[] {
  return ['apps', 'libs']
    .flatMap((d) => sources(join(ROOT, d)))
    .filter((f) => queries.some((q) => q.test(readFileSync(f, 'utf8'))))
    .map((f) => relative(ROOT, f))
    .sort();
}

describe('each table with a repository is read and written only by it', () => {
  it.each(OWNED)('only the owner of $table queries it', ({ owners, queries }) => {
    const found = queriers(queries);
    // The search does find queries: the repository's own.
    expect(found).toContain(owners[0]);
    expect(found.filter((f) => !(owners as readonly string[]).includes(f))).toEqual([]);
  });
});
