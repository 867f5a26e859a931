import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { DEFAULT_QUEUE_PREFIX } from './job-catalogue';

export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/** Where the queue lives: one Redis at a URL, or a Redis Cluster found through any of its nodes. */
export interface RedisTarget {
  readonly url: string;
  readonly clusterNodes?: readonly RedisNode[];
}

export type RedisClient = Redis | Cluster;

type RetryStrategy = (times: number) => number | null;

/**
 * Producers fail fast when Redis is away (the outbox row waits for the sweeper); workers wait forever.
 * A cluster gets the same policy per node, and follows a failover to the promoted replica.
 */
export function redisConnection(
  target: RedisTarget,
  role: 'producer' | 'worker',
  retryStrategy?: RetryStrategy,
): RedisClient {
  const perNode: RedisOptions =
    role === 'producer'
      ? { maxRetriesPerRequest: 1, connectTimeout: 2_000 }
      : { maxRetriesPerRequest: null, enableReadyCheck: true };
  if (target.clusterNodes?.length) {
    return new Cluster(
      target.clusterNodes.map((n) => ({ host: n.host, port: n.port })),
      {
        // After a failover, without the offline queue, calls for the queue's slot failed with "Cluster
        // isn't ready" for tens of seconds while the slot map caught up, and the sweeper handed no
        // row over. Producers still fail fast: NotificationProducer bounds each call and refuses at
        // once while the cluster is not ready.
        enableOfflineQueue: true,
        redisOptions: perNode,
        ...(retryStrategy ? { clusterRetryStrategy: retryStrategy } : {}),
      },
    );
  }
  return new Redis(target.url, {
    ...perNode,
    enableOfflineQueue: role === 'worker',
    ...(retryStrategy ? { retryStrategy } : {}),
  });
}

/** The Redis a person configured, in words for a log line. */
export function describeRedis(target: RedisTarget): string {
  if (target.clusterNodes?.length)
    return `${target.clusterNodes.map((n) => `${n.host}:${n.port}`).join(', ')} (Redis Cluster)`;
  try {
    const u = new URL(target.url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'the configured address';
  }
}

const NODE = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/;

/** `host:port,host:port`, or the problem with it in words. */
export function parseRedisClusterNodes(value: string): RedisNode[] | string {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'REDIS_CLUSTER_NODES names no node; give host:port of one or more nodes';
  const nodes: RedisNode[] = [];
  for (const entry of entries) {
    const m = NODE.exec(entry);
    const port = Number(m?.[3]);
    if (!m || port < 1 || port > 65535)
      return `REDIS_CLUSTER_NODES must be host:port pairs separated by commas, such as redis-1:6379,redis-2:6379 ("${entry}" is not one)`;
    nodes.push({ host: m[1] ?? m[2] ?? '', port });
  }
  return nodes;
}

/** A Redis Cluster key hashes only the part in the first braces, which must not be empty. */
function hashTagged(prefix: string): boolean {
  return /^[^{]*\{[^}]+\}/.test(prefix);
}

/**
 * The queue's Redis settings that the API and the worker share: `REDIS_CLUSTER_NODES` (instead of
 * `REDIS_URL`) and `QUEUE_PREFIX`, which on a cluster must keep every key of the queue in one slot.
 */
export function queueSettings(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): { clusterNodes?: readonly RedisNode[]; queuePrefix: string } {
  const queuePrefix = env['QUEUE_PREFIX'] ?? DEFAULT_QUEUE_PREFIX;
  const given = env['REDIS_CLUSTER_NODES'];
  if (given === undefined) return { queuePrefix };
  if (env['REDIS_URL'])
    problems.push('set REDIS_URL for one Redis or REDIS_CLUSTER_NODES for a Redis Cluster, not both');
  if (!hashTagged(queuePrefix))
    problems.push(
      `QUEUE_PREFIX must start with a hash tag in braces on a Redis Cluster, such as ${DEFAULT_QUEUE_PREFIX}, so that every key of the queue lands on one node ("${queuePrefix}" has none)`,
    );
  const nodes = parseRedisClusterNodes(given);
  if (typeof nodes === 'string') {
    problems.push(nodes);
    return { queuePrefix };
  }
  return { clusterNodes: nodes, queuePrefix };
}
