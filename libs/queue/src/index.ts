export * from './lib/job-catalogue';
export {
  type OutboxRow,
  NotificationProducer,
  QUEUE_TIMEOUT_MS,
  QueueUnavailableError,
} from './lib/notification-producer';
export { describeRedisUrl, redisConnection } from './lib/redis-connection';
