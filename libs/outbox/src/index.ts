export { GroupCommit } from './lib/group-commit.util';
export { NOTIFICATION_AUDIT, type NotificationAuditAction } from './lib/notification-audit';
export {
  CLAIMABLE,
  PENDING,
  REACHED,
  leaseSeconds,
  supersededBy,
  withdrawnBecause,
} from './lib/notification-lifecycle';
export type { DueRow, NewNotificationRow, StoredNotification, WaitingRow } from './lib/notification-row';
export { type Acknowledgement, NotificationRepository } from './lib/notification.repository';
export { NotQueuedError, OutboxDispatcher } from './lib/outbox-dispatcher';
