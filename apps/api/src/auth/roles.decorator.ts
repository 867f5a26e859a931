import { SetMetadata } from '@nestjs/common';
import type { ApiRole } from '@member-alerts/persistence';

export const ROLES_KEY = 'member-alerts:roles';
export const PUBLIC_KEY = 'member-alerts:public';

/** The roles that may call a handler. Every handler must say, or be @Public. */
export const Roles = (...roles: ApiRole[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
