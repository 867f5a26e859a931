import type { ApiKeyEntity, ApiRole, ContactDetails, MemberEntity } from '@member-alerts/persistence';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** A key as listed: everything but its secret, which is never stored. */
export interface ApiKeyView {
  id: string;
  name: string;
  role: ApiRole;
  /** The key's first characters, to tell keys apart. */
  prefix: string;
  member: { id: string; externalId: string; name: string } | null;
  /** Whom members ask about events the key registers that name nobody. */
  contact: ContactDetails | null;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  status: ApiKeyStatus;
}

export function apiKeyView(k: ApiKeyEntity, member: MemberEntity | null, now = Date.now()): ApiKeyView {
  return {
    id: k.id,
    name: k.name,
    role: k.role,
    prefix: k.keyPrefix,
    member: member ? { id: member.id, externalId: member.externalId, name: member.name } : null,
    contact: k.defaultContact,
    createdBy: k.createdBy,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    expiresAt: k.expiresAt,
    revokedAt: k.revokedAt,
    revokedBy: k.revokedBy,
    status: k.revokedAt ? 'revoked' : k.expiresAt && k.expiresAt.getTime() <= now ? 'expired' : 'active',
  };
}
