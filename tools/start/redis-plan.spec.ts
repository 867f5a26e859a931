import { describe, expect, it } from 'vitest';
import { onPath, redisPlan } from './redis.mjs';

describe('what npm start does about Redis', () => {
  it.each([
    // REDIS_URL, something answers there, redis-server installed → what it does, on which port
    [undefined, false, true, 'start', 6379],
    ['', false, true, 'start', 6379],
    ['redis://localhost:6390', false, true, 'start', 6390],
    ['redis://127.0.0.1:6391/2', false, true, 'start', 6391],
    ['redis://:secret@localhost:6392', false, true, 'start', 6392],
    [undefined, true, true, 'use', 6379],
    ['redis://localhost:6390', true, false, 'use', 6390],
    [undefined, false, false, 'install', 6379],
    ['redis://localhost:6390', false, false, 'install', 6390],
    ['redis://redis.council.example:6379', false, true, 'unreachable', 6379],
    ['redis://10.0.0.5:6390', false, true, 'unreachable', 6390],
    ['redis://redis.council.example', true, true, 'use', 6379],
  ] as const)(
    'REDIS_URL %s, answering %s, installed %s: %s on port %i',
    (redisUrl, answers, installed, action, port) => {
      expect(redisPlan({ redisUrl, answers, installed })).toMatchObject({ action, port });
    },
  );

  it('finds redis-server on PATH only where it is', () => {
    expect(onPath('redis-server', '/nowhere:/usr/bin')).toBe('/usr/bin/redis-server');
    expect(onPath('redis-server', '/nowhere')).toBeUndefined();
  });
});
