export * from './lib/job-catalogue';
export {
  type OutboxRow,
  NotificationProducer,
  QUEUE_TIMEOUT_MS,
  QueueUnavailableError,
} from './lib/notification-producer';
export {
  type RedisClient,
  type RedisNode,
  type RedisTarget,
  describeRedis,
  parseRedisClusterNodes,
  queueSettings,
  redisConnection,
} from './lib/redis-connection';
export { MIN_RELAY_PER_MINUTE, type RelayLimiter, mostInAnySpan, relayLimiter } from './lib/relay-limiter';
