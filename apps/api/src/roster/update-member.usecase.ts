import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity, MemberSeatEntity } from '@member-alerts/persistence';
import { rosterRules } from '@member-alerts/protocol';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { memberRecordProblems, readMember } from './member-fields.util';
import { MemberQueryService } from './member-query.service';
import { lockRoster, openSeats, seatDates, seatProblems, setSeat } from './member-seat.util';
import { deactivateMembers, findMember, memberConflicts, refuseErased } from './member-store.util';
import { rejectRecord } from './roster-fields.util';

export interface UpdateMemberCommand {
  readonly principal: Principal;
  readonly ref: string;
  readonly body: unknown;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Changes some of a member's fields. A new division closes the old seat and opens a new one, so
 * the term history shows who sat for a division when an alert went out. `active` leaves or
 * rejoins the roster.
 */
@Injectable()
export class UpdateMemberUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly query: MemberQueryService,
  ) {}

  async execute(cmd: UpdateMemberCommand) {
    const { councilId } = cmd.principal;
    const divisions = await this.context.divisionSetOf(await this.context.currentGeneration(councilId));
    const rules = rosterRules((await this.context.policyOf(councilId)).policy);
    const { value, problems } = readMember(cmd.body, divisions, 'patch', rules);
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const member = await findMember(m, councilId, cmd.ref);
      refuseErased(member);
      const active = value.active ?? member.active;
      const rejoining = active && !member.active;
      const roles = value.roles ?? member.roles;
      const portfolio = value.portfolio !== undefined ? value.portfolio : member.portfolio;
      problems.push(...memberRecordProblems({ roles, portfolio }, problems, rules));

      let division = value.division;
      if (!active && division !== undefined)
        problems.push({ field: 'division', message: 'a member leaving the roster holds no seat' });
      if (rejoining && division === undefined && !problems.some((p) => p.field === 'division')) {
        // Back to the last seat held, if that division still exists.
        const last = await m.findOne(MemberSeatEntity, {
          where: { memberId: member.id },
          order: { termStart: 'DESC' },
        });
        division = last ? divisions.resolveName(last.divisionName) : undefined;
        if (!division)
          problems.push({ field: 'division', message: 'give the division the member returns to' });
      }
      const dates = await seatDates(m);
      const open = (await openSeats(m, [member.id], dates)).get(member.id) ?? [];
      // Only a seat the member does not already hold can over-fill a division.
      const seatTaken =
        active && division && !(member.active && open.some((s) => s.divisionName === division))
          ? await seatProblems(m, councilId, divisions, division, member.id, dates)
          : [];
      // Clashes only for what changes, so an old duplicate does not block an unrelated edit.
      const conflicts = [
        ...seatTaken,
        ...(await memberConflicts(
          m,
          councilId,
          member.id,
          {
            ...(value.externalId !== member.externalId && value.externalId
              ? { externalId: value.externalId }
              : {}),
            ...(rejoining || value.email ? { email: value.email ?? member.email } : {}),
            ...(rejoining || value.roles ? { roles } : {}),
            active,
          },
          rules.oneHolder,
        )),
      ];
      if (problems.length || conflicts.length) throw rejectRecord('member', problems, conflicts);

      const set: Partial<
        Pick<MemberEntity, 'externalId' | 'name' | 'email' | 'portfolio' | 'roles' | 'interests' | 'mobile' | 'chairs'>
      > = {};
      if (value.externalId !== undefined && value.externalId !== member.externalId)
        set.externalId = value.externalId;
      if (value.name !== undefined && value.name !== member.name) set.name = value.name;
      if (value.email !== undefined && value.email !== member.email) set.email = value.email;
      if (value.portfolio !== undefined && value.portfolio !== member.portfolio)
        set.portfolio = value.portfolio;
      if (value.mobile !== undefined && value.mobile !== member.mobile) set.mobile = value.mobile;
      if (value.roles && !sameList(value.roles, member.roles)) set.roles = [...value.roles];
      if (value.chairs && !sameList(value.chairs, member.chairs)) set.chairs = [...value.chairs];
      if (value.interests && !sameList(value.interests, member.interests))
        set.interests = [...value.interests];
      const changes: string[] = Object.keys(set);
      if (changes.length || rejoining) await m.update(MemberEntity, { id: member.id }, { ...set, active });
      if (rejoining) changes.push('rejoined');
      if (!active && member.active) {
        await deactivateMembers(m, [member.id]);
        changes.push('left');
      }
      if (active && division !== undefined) {
        if (await setSeat(m, member.id, division, dates, open)) changes.push('division');
      }
      if (changes.length) {
        await appendAudit(m, [
          {
            actor: cmd.principal.name,
            action: 'member.updated',
            details: {
              member: set.externalId ?? member.externalId,
              changes,
              ...(division ? { division } : {}),
            },
          },
        ]);
      }
      return this.query.describe(m, councilId, member.id);
    });
    this.context.rosterChanged();
    return result;
  }
}
