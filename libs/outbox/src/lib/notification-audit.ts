/** The audit line written with each change of a notification row. */
export const NOTIFICATION_AUDIT = {
  planned: 'notification.planned',
  sent: 'notification.sent',
  retrying: 'notification.retrying',
  failed: 'notification.failed',
  acknowledged: 'notification.acknowledged',
  /** A pre-election period holds it for democratic services. */
  held: 'notification.held',
  /** Democratic services let a held one go: it is sent as usual. */
  released: 'notification.released',
  /** Democratic services decided a held one is never sent, and why. */
  withdrawn: 'notification.withdrawn',
  /** GOV.UK Notify's delivery receipt said what became of the message. */
  delivery: 'notification.delivery',
} as const;
export type NotificationAuditAction = (typeof NOTIFICATION_AUDIT)[keyof typeof NOTIFICATION_AUDIT];

/** What every notification audit line names: the version and the person (`r` is the notifications row). */
export const ROW_DETAILS = `jsonb_build_object('version', r.event_version, 'to', r.recipient_name)`;

/** The period that holds a row, for the held, released and withdrawn lines. */
export const HELD_DETAILS = `${ROW_DETAILS} || jsonb_build_object('election', r.held_for->>'election',
            'electionFrom', r.held_for->>'from', 'electionTo', r.held_for->>'to')`;

/** The planned line: the first version names the action and time, later ones the change. */
export const PLANNED_DETAILS = {
  first: `${ROW_DETAILS} || jsonb_build_object('action', r.action, 'reasons', r.reasons,
            'sendAt', to_char(r.send_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
  change: `${ROW_DETAILS} || jsonb_build_object('change', r.change, 'reasons', r.reasons)`,
} as const;
