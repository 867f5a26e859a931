import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Projects tagged type:domain, read from their project.json, so the tag alone decides the rules.
const domainRoots = ['libs', 'apps'].flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'project.json')))
    .filter((e) =>
      JSON.parse(readFileSync(join(dir, e.name, 'project.json'), 'utf8')).tags?.includes('type:domain'),
    )
    .map((e) => `${dir}/${e.name}`),
);

// Domain libraries are pure: no framework, no database, no queue, no I/O.
const bannedInDomain = [
  '@nestjs/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'nodemailer',
  'pg',
  'fs',
  'fs/*',
  'node:fs',
  'node:fs/*',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
  'child_process',
  'node:child_process',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'var/**',
      '.nx/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.mts',
      'apps/web/src/api/openapi.d.ts',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: bannedInDomain,
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:data'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:data'] },
          ],
        },
      ],
    },
  },
  {
    // The Nx rule bans only packages in the lock file; this also covers Node built-ins and
    // packages not installed yet.
    files: domainRoots.map((root) => `${root}/src/**/*.ts`),
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...new Set(bannedInDomain.flatMap((p) => (p.endsWith('/*') ? [p] : [p, `${p}/*`])))],
              message: 'type:domain libraries are pure: no framework, database, queue or I/O imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/e2e/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  prettier,
);
