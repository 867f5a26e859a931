import type { NotificationStatus } from '@member-alerts/persistence';

// Every change of a notification's status is one of these, and each UPDATE is guarded by the
// statuses it expects, so two workers can never both send one row.

/** A worker may claim these for sending (besides a `sending` row whose lease ran out). */
export const CLAIMABLE: readonly NotificationStatus[] = ['created', 'queued', 'temporary-failure'];
/** Not gone yet: a later version supersedes these (a held one too: the new version is held or sent in its place). */
export const PENDING: readonly NotificationStatus[] = ['created', 'queued', 'held'];
/** A message reached (or may be reaching) the person. */
export const REACHED: readonly NotificationStatus[] = [
  'sending',
  'sent',
  'acknowledged',
  'temporary-failure',
];

/**
 * A row left `sending` longer than this belongs to a worker that died mid-send: twice the SMTP
 * timeout, and a second more.
 */
export function leaseSeconds(smtpTimeoutMs: number): number {
  return (smtpTimeoutMs * 2 + 1_000) / 1000;
}

/** Why a pending row was withdrawn. */
export const supersededBy = (version: number) => `superseded by version ${version}`;
/** Why a held row was never sent. */
export const withdrawnBecause = (reason: string) => `withdrawn by democratic services: ${reason}`;
