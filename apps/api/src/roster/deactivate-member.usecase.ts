import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { MemberQueryService } from './member-query.service';
import { lockRoster } from './member-seat.util';
import { deactivateMembers, findMember } from './member-store.util';

export interface DeactivateMemberCommand {
  readonly principal: Principal;
  readonly ref: string;
}

/** DELETE /members/:id: the member leaves the roster and their seat ends today. Nothing is deleted. */
@Injectable()
export class DeactivateMemberUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly query: MemberQueryService,
  ) {}

  async execute(cmd: DeactivateMemberCommand) {
    const { councilId } = cmd.principal;
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const member = await findMember(m, councilId, cmd.ref);
      if (member.active) {
        await deactivateMembers(m, [member.id]);
        await appendAudit(m, [
          {
            actor: cmd.principal.name,
            action: 'member.deactivated',
            details: { member: member.externalId, name: member.name },
          },
        ]);
      }
      return this.query.describe(m, councilId, member.id);
    });
    this.context.rosterChanged();
    return result;
  }
}
