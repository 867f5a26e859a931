import { join } from 'node:path';

// The browser tests run against the console the API serves from apps/web/dist: build it fresh
// first, so CI never tests a stale build. A few seconds.
export default async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(__dirname, '..', '..', 'vite.config.mts'), logLevel: 'warn' });
}
