import { Redis, type RedisOptions } from 'ioredis';

/** Producers fail fast when Redis is away (the outbox row waits for the sweeper); workers wait forever. */
export function redisConnection(url: string, role: 'producer' | 'worker', extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: false }
      : { maxRetriesPerRequest: null, enableReadyCheck: true };
  return new Redis(url, { ...options, ...extra });
}

export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'the configured address';
  }
}
