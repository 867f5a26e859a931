import { MemberEntity } from '@member-alerts/persistence';
import type { DeliveryPreferences } from '@member-alerts/protocol';
import { In, type EntityManager } from 'typeorm';

/** The delivery preferences of the members a set of rows will reach. */
export async function loadPreferences(
  m: EntityManager,
  memberIds: readonly string[],
): Promise<Map<string, DeliveryPreferences>> {
  if (memberIds.length === 0) return new Map();
  const rows = await m.find(MemberEntity, {
    where: { id: In([...new Set(memberIds)]) },
    select: { id: true, quietHoursStart: true, quietHoursEnd: true, digest: true, mobile: true },
  });
  return new Map(
    rows
      .filter((r) => r.digest || (r.quietHoursStart && r.quietHoursEnd) || r.mobile)
      .map((r) => [
        r.id,
        {
          quietHoursStart: r.quietHoursStart,
          quietHoursEnd: r.quietHoursEnd,
          digest: r.digest,
          mobile: r.mobile,
        },
      ]),
  );
}
