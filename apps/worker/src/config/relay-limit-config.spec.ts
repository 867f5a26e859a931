import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './worker-config';

const base = { NODE_ENV: 'test', ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters' };

describe('RELAY_MAX_PER_MINUTE', () => {
  it('unset means no limit; a whole number is the limit', () => {
    expect(loadWorkerConfig(base).relayMaxPerMinute).toBeUndefined();
    expect(loadWorkerConfig({ ...base, RELAY_MAX_PER_MINUTE: '30' }).relayMaxPerMinute).toBe(30);
  });

  it.each(['0', '1', 'thirty', '12.5', '-30'])(
    '"%s" stops the worker at start-up, naming the setting',
    (v) => {
      expect(() => loadWorkerConfig({ ...base, RELAY_MAX_PER_MINUTE: v })).toThrow(
        `RELAY_MAX_PER_MINUTE must be a whole number from 2 to 60000, got "${v}"`,
      );
    },
  );
});
