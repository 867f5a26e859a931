import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@member-alerts/geo': fileURLToPath(new URL('./libs/geo/src/index.ts', import.meta.url)),
  '@member-alerts/protocol': fileURLToPath(new URL('./libs/protocol/src/index.ts', import.meta.url)),
  '@member-alerts/roster': fileURLToPath(new URL('./libs/roster/src/index.ts', import.meta.url)),
};

const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  resolve: { alias },
  test: { name, root, include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], ...extra },
});

export default defineConfig({
  test: {
    projects: [
      project('geo', './libs/geo'),
      project('roster', './libs/roster'),
      project('protocol', './libs/protocol'),
      project('cli', './apps/cli', { testTimeout: 60_000 }),
    ],
  },
});
