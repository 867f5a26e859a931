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

// The console shares the e-mails' wording (London time, plurals) and an event's field table: those
// entry points alone, since the rest of libs/protocol brings the roster's CSV parsing, which needs
// Node's Buffer.
const wording = fileURLToPath(new URL('../../libs/protocol/src/wording.ts', import.meta.url));
const event = fileURLToPath(new URL('../../libs/protocol/src/event.ts', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  resolve: { alias: { '@member-alerts/protocol/wording': wording, '@member-alerts/protocol/event': event } },
  css: {
    preprocessorOptions: { scss: { quietDeps: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps: the production console ships only what it runs.
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    // Rolldown's advice on slow plugins is noise in CI logs: the build takes a few seconds.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: Object.fromEntries(apiPaths.map((p) => [p, api])) },
});
