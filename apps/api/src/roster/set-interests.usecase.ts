import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { lockRoster } from './member-seat.util';
import { findMember, refuseErased } from './member-store.util';
import { isRecord, readObject, topicsField, type Problems } from './roster-fields.util';

export interface SetInterestsCommand {
  readonly principal: Principal;
  readonly ref: string;
  readonly body: unknown;
}

/** §34: replaces the topics a member is told about wherever in the council's area they arise. */
@Injectable()
export class SetInterestsUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: SetInterestsCommand) {
    const problems: Problems = [];
    const body = readObject(cmd.body, ['topics'], problems);
    const topics = body['topics'] !== undefined ? topicsField(body['topics'], 'topics', problems) : undefined;
    if (isRecord(cmd.body) && body['topics'] === undefined)
      problems.push({ field: 'topics', message: 'is required (an empty list clears them)' });
    if (!topics || problems.length)
      throw new BadInputError(
        `the interests were not saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
    const { councilId } = cmd.principal;
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const member = await findMember(m, councilId, cmd.ref);
      refuseErased(member);
      await m.update(MemberEntity, { id: member.id }, { interests: topics });
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'member.interests_set',
          details: { member: member.externalId, before: member.interests, after: topics },
        },
      ]);
      return { id: member.id, externalId: member.externalId, name: member.name, topics };
    });
    this.context.rosterChanged();
    return result;
  }
}
