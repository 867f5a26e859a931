import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The libraries' import names, from the one list in tsconfig.base.json; the longest first, so that
// '@member-alerts/protocol/wording' is not taken for '@member-alerts/protocol'.
const paths = (
  JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> };
  }
).compilerOptions.paths;
const alias = Object.fromEntries(
  Object.entries(paths)
    .sort(([a], [b]) => b.length - a.length)
    .map(([name, [file]]) => [name, fileURLToPath(new URL(file, import.meta.url))]),
);

// NestJS needs decorator metadata, which esbuild does not emit; SWC does.
const withDecorators = () => ({
  plugins: [swc.vite({ tsconfigFile: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
});

const project = (name: string, root: string, extra: Record<string, unknown> = {}, base: object = {}) => ({
  ...base,
  resolve: { alias },
  test: { name, root, include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], ...extra },
});

export default defineConfig({
  test: {
    projects: [
      project('geo', './libs/geo'),
      project('roster', './libs/roster'),
      project('protocol', './libs/protocol'),
      project('producers', './libs/producers'),
      project('render', './libs/render'),
      project('outbox', './libs/outbox'),
      project('queue', './libs/queue'),
      project('settings', './libs/settings'),
      project('cli', './apps/cli', { testTimeout: 60_000 }),
      project('api', './apps/api', { testTimeout: 60_000, hookTimeout: 120_000 }, withDecorators()),
      // Fault tests start worker processes and an SMTP listener: one file at a time.
      project(
        'worker',
        './apps/worker',
        { testTimeout: 180_000, hookTimeout: 120_000, fileParallelism: false },
        withDecorators(),
      ),
      // `npm start` in a child process, with the embedded PostgreSQL: one file at a time.
      project(
        'start',
        './tools/start',
        { include: ['*.spec.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false },
        withDecorators(),
      ),
      // The Docker images and the README's settings, checked against the code with no Docker engine.
      project(
        'deploy',
        './tools/deploy',
        { include: ['*.spec.ts'], testTimeout: 300_000, hookTimeout: 60_000 },
        withDecorators(),
      ),
      // The web console's forms, in a browser-like DOM.
      project(
        'web',
        './apps/web',
        { environment: 'jsdom', include: ['src/**/*.spec.tsx', 'src/**/*.spec.ts'] },
        {
          plugins: [react()],
        },
      ),
      // Browser journeys: Debian's Chromium against the real API, worker and an SMTP listener.
      project(
        'web-e2e',
        './apps/web',
        {
          include: ['e2e/**/*.e2e.spec.ts'],
          globalSetup: ['e2e/support/build-web.global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
        withDecorators(),
      ),
    ],
  },
});
