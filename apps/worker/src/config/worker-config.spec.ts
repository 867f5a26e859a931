import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './worker-config';

const BASE = { NODE_ENV: 'test', ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters' };

describe('the worker on a Redis Cluster', () => {
  it('reads the same nodes and prefix as the API', () => {
    const c = loadWorkerConfig({ ...BASE, REDIS_CLUSTER_NODES: 'redis-1:7000,redis-2:7001' });
    expect(c.redisClusterNodes).toEqual([
      { host: 'redis-1', port: 7000 },
      { host: 'redis-2', port: 7001 },
    ]);
    expect(c.queuePrefix).toBe('{member-alerts}');
  });

  it('will not start on a prefix that would spread the queue over the cluster', () => {
    expect(() =>
      loadWorkerConfig({ ...BASE, REDIS_CLUSTER_NODES: 'redis-1:7000', QUEUE_PREFIX: 'alerts' }),
    ).toThrow(/QUEUE_PREFIX must start with a hash tag in braces on a Redis Cluster/);
  });
});
