import { configOrExit } from '@member-alerts/settings';
import { loadWorkerConfig } from './config/worker-config';
import { createWorker } from './bootstrap';
import { HealthServer } from './health/health-server';

async function main(): Promise<void> {
  const config = configOrExit('worker', () => loadWorkerConfig());
  const app = await createWorker(config);
  const port = app.get(HealthServer).port;
  process.stdout.write(
    `Member Alerts worker is running: sending through ${new URL(config.smtpUrl).host}${port ? `; health and metrics on http://127.0.0.1:${port}` : ''}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`member-alerts worker: could not start: ${(e as Error).message}\n`);
  process.exit(1);
});
