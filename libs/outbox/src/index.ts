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
export type { DueRow, NewNotificationRow, StoredNotification } from './lib/notification-row';
export {
  type Acknowledgement,
  type DeliveryReceipt,
  NotificationRepository,
  type ReceiptOutcome,
  type ReceiptRecorded,
} from './lib/notification.repository';
export { NotQueuedError, OutboxDispatcher } from './lib/outbox-dispatcher';
