import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { logFile } from './logs.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('npm start’s log files', () => {
  it('appends to <name>.log across runs, and moves a full file to <name>.1.log, keeping only the newest few', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'member-alerts-logs-')), 'logs');
    const first = logFile(dir, 'api', { maxBytes: 20, keep: 2 });
    first.write('{"msg":"one"}\n');
    // A second run of npm start goes on with the same file.
    const log = logFile(dir, 'api', { maxBytes: 20, keep: 2 });
    expect(log.path).toBe(join(dir, 'api.log'));
    log.write('two\n');
    expect(read('api.log')).toBe('{"msg":"one"}\ntwo\n');
    log.write('{"msg":"three"}\n');
    expect(read('api.log')).toBe('{"msg":"three"}\n');
    expect(read('api.1.log')).toBe('{"msg":"one"}\ntwo\n');
    log.write('{"msg":"four"}\n');
    log.write('{"msg":"five"}\n');
    expect(readdirSync(dir).sort()).toEqual(['api.1.log', 'api.2.log', 'api.log']);
    expect([read('api.log'), read('api.1.log'), read('api.2.log')]).toEqual([
      '{"msg":"five"}\n',
      '{"msg":"four"}\n',
      '{"msg":"three"}\n',
    ]);
  });

  it('keeps going when the log cannot be written', () => {
    dir = mkdtempSync(join(tmpdir(), 'member-alerts-logs-'));
    const log = logFile(dir, 'worker');
    rmSync(dir, { recursive: true, force: true });
    expect(() => log.write('a line\n')).not.toThrow();
  });
});
