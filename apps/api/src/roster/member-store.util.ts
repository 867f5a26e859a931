import { ConflictException, NotFoundException } from '@nestjs/common';
import { MemberEntity } from '@member-alerts/persistence';
import type { MemberRole } from '@member-alerts/roster';
import { type EntityManager, In } from 'typeorm';
import type { FieldProblem } from '../common/bad-input.error';
import { closeSeats } from './member-seat.util';
import { EXTERNAL_ID } from './roster-fields.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which column a path id names: the database id, or the council's own id ("m012"); none for neither. */
export function refWhere(
  councilId: string,
  ref: string,
): { councilId: string; id: string } | { councilId: string; externalId: string } | undefined {
  if (UUID.test(ref)) return { councilId, id: ref };
  if (EXTERNAL_ID.test(ref)) return { councilId, externalId: ref };
  return undefined;
}

export async function findMember(m: EntityManager, councilId: string, ref: string): Promise<MemberEntity> {
  const where = refWhere(councilId, ref);
  const member = where ? await m.findOne(MemberEntity, { where }) : null;
  if (!member) throw new NotFoundException(`no member ${JSON.stringify(ref.slice(0, 64))}`);
  return member;
}

/** An erased member's record stands only for what they were sent: it is never filled in again. */
export function refuseErased(member: MemberEntity): void {
  if (member.erasedAt)
    throw new ConflictException(
      'this former member’s details were erased and cannot be changed: add the person again as a new member',
    );
}

/**
 * Clashes with other members: their external id, an active member's e-mail, and the holder of a
 * role only one member may hold (the council's rules' `holders: one`, such as the Leader).
 */
export async function memberConflicts(
  m: EntityManager,
  councilId: string,
  selfId: string | null,
  next: { externalId?: string; email?: string; roles?: readonly string[]; active: boolean },
  oneHolder: readonly MemberRole[],
): Promise<FieldProblem[]> {
  const others = (await m.find(MemberEntity, { where: { councilId } })).filter((o) => o.id !== selfId);
  const out: FieldProblem[] = [];
  const holder = (o: MemberEntity) => `${o.name} (${o.externalId})`;
  const sameId = next.externalId && others.find((o) => o.externalId === next.externalId);
  if (sameId) out.push({ field: 'externalId', message: `"${next.externalId}" is already ${holder(sameId)}` });
  if (!next.active) return out;
  const active = others.filter((o) => o.active);
  const sameEmail = next.email && active.find((o) => o.email === next.email);
  if (sameEmail)
    out.push({ field: 'email', message: `"${next.email}" is already used by ${holder(sameEmail)}` });
  for (const role of oneHolder) {
    const current = next.roles?.includes(role) && active.find((o) => o.roles.includes(role));
    if (current)
      out.push({ field: 'roles', message: `there can be only one ${role}: ${holder(current)} is` });
  }
  return out;
}

/** Members leave the roster but are never deleted: notifications and the audit log name them. */
export async function deactivateMembers(m: EntityManager, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  await m.update(MemberEntity, { id: In([...memberIds]) }, { active: false });
  await closeSeats(m, memberIds);
}
