import type { ApiRole } from '@member-alerts/persistence';

/** Who is calling: resolved from an API key, or a console session, by the guard. */
export interface Principal {
  /** Null for a console session. */
  readonly keyId: string | null;
  /** Set for a console session after single sign-on. */
  readonly sessionId?: string;
  /** The key's name, or the signed-in person's, used as the actor in the audit log. */
  readonly name: string;
  readonly role: ApiRole;
  readonly councilId: string;
  readonly memberId: string | null;
  /** A console session's officer record, when the person signed in is an officer. */
  readonly officerId?: string | null;
}

/** democratic_services can do all an officer can; a leader reads what a member reads, and escalations. */
const IMPLIED: Readonly<Record<ApiRole, readonly ApiRole[]>> = {
  officer: ['officer'],
  democratic_services: ['democratic_services', 'officer'],
  member: ['member'],
  leader: ['leader', 'member'],
  // Reads the compliance report and the events behind it; changes nothing.
  monitoring_officer: ['monitoring_officer'],
};

export function hasRole(p: Principal, allowed: readonly ApiRole[]): boolean {
  return IMPLIED[p.role].some((r) => allowed.includes(r));
}

/**
 * Of several roles, the one that can do most: democratic services over officer, leader over member.
 * The Monitoring Officer's read-only role gives way to any role that can act.
 */
const STRENGTH: readonly ApiRole[] = ['democratic_services', 'officer', 'monitoring_officer', 'leader', 'member'];

export function strongestRole(roles: readonly ApiRole[]): ApiRole | undefined {
  return STRENGTH.find((r) => roles.includes(r));
}
