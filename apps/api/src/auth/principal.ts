import type { ApiRole } from '@member-alerts/persistence';

/** Who is calling: resolved from an API key by the guard. */
export interface Principal {
  readonly keyId: string;
  /** The key's name, used as the actor in the audit log. */
  readonly name: string;
  readonly role: ApiRole;
  readonly councilId: string;
  readonly memberId: string | null;
}

/** democratic_services can do all an officer can; a leader reads what a member reads, and escalations. */
const IMPLIED: Readonly<Record<ApiRole, readonly ApiRole[]>> = {
  officer: ['officer'],
  democratic_services: ['democratic_services', 'officer'],
  member: ['member'],
  leader: ['leader', 'member'],
};

export function hasRole(p: Principal, allowed: readonly ApiRole[]): boolean {
  return IMPLIED[p.role].some((r) => allowed.includes(r));
}
