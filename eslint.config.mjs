import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
  { ignores: ['**/node_modules/**', '**/dist/**', 'var/**', '.nx/**', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.mts'] },
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
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  prettier,
);
