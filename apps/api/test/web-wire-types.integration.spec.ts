import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContract } from '../src/bootstrap';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The web console's wire types (apps/web/src/api/openapi.d.ts) are generated from the API's
 * contract. `npm run api-types` writes them (WRITE_API_TYPES=1); otherwise this test fails when the
 * committed file is not what the contract gives today.
 */
const GENERATED = join(__dirname, '..', '..', 'web', 'src', 'api', 'openapi.d.ts');
const HEADER = [
  '/**',
  " * The API's contract as TypeScript types, generated from its OpenAPI document by openapi-typescript.",
  ' * Do not edit: run `npm run api-types` after changing the API.',
  ' */',
  '',
].join('\n');

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

async function generate(): Promise<string> {
  return HEADER + astToString(await openapiTS(buildContract(t.api.app) as Parameters<typeof openapiTS>[0]));
}

/** The first line where two texts differ, with a little of each side. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i === -1 ? Math.min(a.length, b.length) : i;
  return `line ${at + 1}: the committed file has ${JSON.stringify(a[at] ?? '(end)')}, the contract gives ${JSON.stringify(b[at] ?? '(end)')}`;
}

describe("the web console's wire types", () => {
  it('are the types the API contract generates', async () => {
    const generated = await generate();
    if (process.env['WRITE_API_TYPES'] === '1') writeFileSync(GENERATED, generated);
    let committed = '';
    try {
      committed = readFileSync(GENERATED, 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== generated) {
      expect.fail(
        `apps/web/src/api/openapi.d.ts differs from the API contract (run npm run api-types): ${firstDifference(committed, generated)}`,
      );
    }
  });
});
