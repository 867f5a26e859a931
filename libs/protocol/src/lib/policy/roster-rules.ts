import type { RosterRules } from '@member-alerts/roster';
import type { Policy } from './policy.types';

/**
 * What a roster may say of a member under a revision of the council's rules: the roles its file
 * defines (those held for a portfolio, with why; those only one member may hold), and the bodies a member may chair.
 */
export function rosterRules(policy: Pick<Policy, 'roles' | 'bodies'>): RosterRules {
  const roles = Object.entries(policy.roles ?? {});
  return {
    roles: roles.map(([key]) => key),
    needsPortfolio: Object.fromEntries(
      roles.flatMap(([key, r]) => (r.needsPortfolio === undefined ? [] : [[key, r.needsPortfolio]])),
    ),
    oneHolder: roles.flatMap(([key, r]) => (r.holders === 'one' ? [key] : [])),
    bodies: Object.keys(policy.bodies ?? {}),
  };
}
