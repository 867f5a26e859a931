import { configOrExit } from '@member-alerts/settings';
import { loadConfig } from './config/app-config';
import { createApi } from './bootstrap';
import { exampleEvent } from './council/council-files.util';

async function main(): Promise<void> {
  const config = configOrExit('api', () => loadConfig());
  const api = await createApi(config);
  const url = config.publicUrl;
  const lines = [
    '',
    `Member Alerts API is listening on ${url}`,
    `  Web console:        ${url}/app/`,
    `  API documentation:  ${url}/docs`,
    `  health:             ${url}/health`,
    config.databaseUrl
      ? '  database:           DATABASE_URL'
      : `  database:           embedded PostgreSQL in ${config.dataDir}/pgdata (data survives restarts)`,
  ];
  if (config.devKeys) {
    lines.push(
      '  development API keys (never enabled in production):',
      '    officer: dev-officer   democratic services: dev-democratic-services   leader: dev-leader   member: dev-member',
    );
    // An event in this council's own area, from its folder in fixtures/.
    const example = exampleEvent(config.councilSlug);
    if (example)
      lines.push(
        '',
        'Register an event:',
        `  curl -s -X POST ${url}/events -H 'Authorization: Bearer dev-officer' -H 'Content-Type: application/json' \\`,
        `    -d '${example}'`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  void api;
}

main().catch((e: unknown) => {
  const err = e as Error;
  process.stderr.write(`member-alerts api: could not start: ${err.message}\n`);
  if (process.env['DEBUG']) process.stderr.write(`${err.stack ?? ''}\n`);
  process.exit(1);
});
