import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The global setup has just built the console into apps/web/dist.
const ASSETS = join(__dirname, '..', 'dist', 'assets');

describe("the console's build", () => {
  it("carries no council's rules: no policy file, and neither its YAML reader nor its checker", () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((f) => readFileSync(join(ASSETS, f), 'utf8')).join('\n');
    // Words only the policy file (or its format) holds; the API serves the rules as JSON.
    for (const word of ['circulationName', 'bankHolidays', 'takesEffect', 'Leicestershire County Council'])
      expect(code, word).not.toContain(word);
    // Nor the council's kinds, roles, bodies or timing, which the form takes from GET /policy.
    for (const word of [
      'Freedom of Information request',
      'Cabinet Lead Member',
      'Overview and Scrutiny',
      '24 hours before',
      'the whole county',
    ])
      expect(code, word).not.toContain(word);
    // The yaml package's and zod's own error classes.
    expect(code).not.toContain('YAMLParseError');
    expect(code).not.toContain('ZodError');
  });
});
