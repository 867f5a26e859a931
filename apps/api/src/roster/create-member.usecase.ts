import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity } from '@member-alerts/persistence';
import { rosterRules } from '@member-alerts/protocol';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { completeMember, memberRecordProblems, readMember, seatedFromProblems } from './member-fields.util';
import { MemberQueryService } from './member-query.service';
import { lockRoster, seatDates, seatProblems, setSeat } from './member-seat.util';
import { memberConflicts } from './member-store.util';
import { rejectRecord } from './roster-fields.util';

export interface CreateMemberCommand {
  readonly principal: Principal;
  readonly body: unknown;
}

/** Adds a member with a seat from today (or an earlier day given), after checking every field against the current boundaries. */
@Injectable()
export class CreateMemberUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly query: MemberQueryService,
  ) {}

  async execute(cmd: CreateMemberCommand) {
    const { councilId } = cmd.principal;
    const divisions = await this.context.divisionSetOf(await this.context.currentGeneration(councilId));
    const rules = rosterRules((await this.context.policyOf(councilId)).policy);
    const { value, problems } = readMember(cmd.body, divisions, 'create', rules);
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const dates = await seatDates(m);
      const conflicts = [
        ...(await memberConflicts(m, councilId, null, { ...value, active: true }, rules.oneHolder)),
        ...(value.division ? await seatProblems(m, councilId, divisions, value.division, null, dates) : []),
      ];
      problems.push(
        ...memberRecordProblems(
          { roles: value.roles ?? [], portfolio: value.portfolio ?? null },
          problems,
          rules,
        ),
        ...seatedFromProblems(value.seatedFrom, dates.today),
      );
      const f = completeMember(value);
      if (!f || problems.length || conflicts.length) throw rejectRecord('member', problems, conflicts);
      const saved = await m.save(
        m.create(MemberEntity, {
          councilId,
          externalId: f.externalId,
          name: f.name,
          email: f.email,
          roles: [...f.roles],
          portfolio: f.portfolio,
          interests: [...f.interests],
          mobile: f.mobile,
          chairs: [...f.chairs],
        }),
      );
      // With no seat before it, the new one simply starts on its first day.
      await setSeat(m, saved.id, f.division, { ...dates, today: value.seatedFrom ?? dates.today }, []);
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'member.created',
          details: { member: saved.externalId, name: saved.name, division: f.division },
        },
      ]);
      return this.query.describe(m, councilId, saved.id);
    });
    this.context.rosterChanged();
    return result;
  }
}
