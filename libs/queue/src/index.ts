export * from './lib/job-catalogue';
export {
  type OutboxRow,
  NotificationProducer,
  QUEUE_TIMEOUT_MS,
  QueueUnavailableError,
} from './lib/notification-producer';
export { describeRedisUrl, redisConnection } from './lib/redis-connection';
export { type AckCheck, ackLink, checkAck, eventPageLink, signAck } from './lib/ack-token';
export { ackSecretSetting, DEVELOPMENT_ACK_SECRET_FILE } from './lib/ack-secret';
export { SIGN_IN_LINK_MINUTES, signInLinkToken, signInLinkUrl } from './lib/sign-in-link-token';
