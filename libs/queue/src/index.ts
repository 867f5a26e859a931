export * from './lib/job-catalogue';
export { type OutboxRow, NotificationProducer } from './lib/notification-producer';
export { describeRedisUrl, redisConnection } from './lib/redis-connection';
