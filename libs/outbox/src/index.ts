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
export {
  type Acknowledgement,
  type DeliveryReceipt,
  NotificationRepository,
  type ReceiptOutcome,
  type ReceiptRecorded,
} from './lib/notification.repository';
export { NotQueuedError, OutboxDispatcher } from './lib/outbox-dispatcher';
export {
  ACKNOWLEDGED_WITHIN,
  FIGURES,
  HELD_TEST,
  NEVER_DELIVERED,
  NOW_GRACE,
  type Figure,
} from './lib/compliance-report.sql';
export {
  type ComplianceParams,
  type FigureEventRow,
  type HeldRow,
  NotificationReports,
  type RecordRow,
} from './lib/notification-reports';
export {
  type ClaimedSignInLink,
  type NewSignInLink,
  SIGN_IN_LINK_MOVES,
  SIGN_IN_LINK_RETENTION_SQL,
  type SignInLinkMove,
  type SignInLinkOutcome,
  SignInLinkRepository,
  type UsedSignInLink,
  signInLinkMove,
} from './lib/sign-in-link.repository';
