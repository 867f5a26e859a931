import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API under /app/ (apps/api/src/web); in development `vite` proxies
// the API routes to a running `npm start`.
const api = process.env['API_URL'] ?? 'http://localhost:3000';
const apiPaths = [
  '/auth',
  '/web',
  '/events',
  '/members',
  '/officers',
  '/boundaries',
  '/alerts',
  '/escalations',
  '/postcodes',
  '/health',
  '/docs',
];

// The console shares the domain libraries' wording (London time, plurals) with the e-mails.
const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  resolve: {
    alias: {
      '@member-alerts/geo': lib('geo'),
      '@member-alerts/protocol': lib('protocol'),
      '@member-alerts/roster': lib('roster'),
    },
  },
  css: {
    preprocessorOptions: { scss: { quietDeps: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    // Rolldown's advice on slow plugins is noise in CI logs: the build takes a few seconds.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: Object.fromEntries(apiPaths.map((p) => [p, api])) },
});
