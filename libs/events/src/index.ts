export { appendAudit, planRules, type AuditEntry } from './lib/audit.util';
export { EventWriter, type EventOrigin, type VersionToWrite } from './lib/event-writer';
export { loadPreferences } from './lib/preferences.util';
