import { ForbiddenException } from '@nestjs/common';
import { hasRole, type Principal } from '../auth/principal';

/** The member a key speaks for: only member and leader keys linked to a member have alerts of their own. */
export function ownMemberId(p: Principal): string {
  if (!hasRole(p, ['member'])) throw new ForbiddenException(`the ${p.role} role may not do this`);
  if (!p.memberId) {
    throw new ForbiddenException(
      'this API key is not linked to a member, so it has no alerts of its own; ask democratic services to link it',
    );
  }
  return p.memberId;
}
