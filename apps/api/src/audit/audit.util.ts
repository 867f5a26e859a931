// The audit log is appended to by the event writer too, so its helpers live beside it.
export { appendAudit, planRules, type AuditEntry } from '@member-alerts/events';
