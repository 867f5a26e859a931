import { ApiKeyEntity, OfficerEntity } from '@member-alerts/persistence';
import type { EventContact } from '@member-alerts/protocol';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';

/**
 * Whom members contact about an event that names nobody: the signed-in officer themselves, else the
 * contact set for the key, else nobody (and the event is refused). The console says which before
 * anyone registers, so this is the one place the rule is written.
 */
export async function defaultContactOf(m: EntityManager, principal: Principal): Promise<EventContact | null> {
  if (principal.officerId) {
    const officer = await m.findOne(OfficerEntity, {
      where: { id: principal.officerId },
      select: { id: true, name: true, email: true },
    });
    if (officer) return { name: officer.name, email: officer.email };
  }
  const key = principal.keyId
    ? await m.findOne(ApiKeyEntity, {
        where: { id: principal.keyId },
        select: { id: true, defaultContact: true },
      })
    : null;
  return key?.defaultContact ?? null;
}
